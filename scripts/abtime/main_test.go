package main

import "testing"

func TestMedian(t *testing.T) {
	for _, tt := range []struct {
		xs   []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{1.02, 0.98, 1.10, 1.01, 0.99}, 1.01},
	} {
		xs := append([]float64(nil), tt.xs...)
		if got := median(xs); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.xs, got, tt.want)
		}
		for i := range xs {
			if xs[i] != tt.xs[i] {
				t.Fatalf("median(%v) reordered its argument", tt.xs)
			}
		}
	}
}
