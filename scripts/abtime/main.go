// Command abtime tells whether one build of transcripts is faster than
// another by a few percent, on a machine whose speed swings by more than
// that from run to run: it runs the two in alternating pairs (the order
// flipped each pair, so that both meet the machine's load alike), takes
// each run's CPU time with one core (GOMAXPROCS=1), and prints the median
// of the pairs' ratios (old over new: above 1, the new build is faster),
// their geometric mean, and a 90% bootstrap interval of the median.
//
//	go run ./scripts/abtime OLD NEW FILE [PAIRS]
//
// Each run is `BUILD stats --format csv FILE`, its output discarded. A few
// hundred pairs on a 5 MB file tell a 2% change apart; PAIRS defaults
// to 101.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"time"
)

func main() {
	if len(os.Args) < 4 || len(os.Args) > 5 {
		fmt.Fprintln(os.Stderr, "usage: abtime OLD NEW FILE [PAIRS]")
		os.Exit(2)
	}
	older, newer, file := os.Args[1], os.Args[2], os.Args[3]
	pairs := 101
	if len(os.Args) == 5 {
		n, err := strconv.Atoi(os.Args[4])
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "abtime: %q is no number of pairs\n", os.Args[4])
			os.Exit(2)
		}
		pairs = n
	}
	var olds, news, ratios []float64
	for i := range pairs {
		var a, b time.Duration
		if i%2 == 0 {
			a, b = cpu(older, file), cpu(newer, file)
		} else {
			b, a = cpu(newer, file), cpu(older, file)
		}
		olds, news = append(olds, ms(a)), append(news, ms(b))
		ratios = append(ratios, float64(a)/float64(b))
	}
	logSum := 0.0
	for _, r := range ratios {
		logSum += math.Log(r)
	}
	// The median of the ratios, resampled: the 5th and 95th percentiles.
	rng := rand.New(rand.NewPCG(1, 2))
	boots := make([]float64, 2000)
	sample := make([]float64, len(ratios))
	for k := range boots {
		for i := range sample {
			sample[i] = ratios[rng.IntN(len(ratios))]
		}
		boots[k] = median(sample)
	}
	slices.Sort(boots)
	fmt.Printf("%s: median %.0f ms, best %.0f ms\n", older, median(olds), slices.Min(olds))
	fmt.Printf("%s: median %.0f ms, best %.0f ms\n", newer, median(news), slices.Min(news))
	fmt.Printf("old/new over %d pairs: median %.3f, geometric mean %.3f, 90%% interval of the median %.3f to %.3f\n",
		pairs, median(ratios), math.Exp(logSum/float64(len(ratios))), boots[len(boots)/20], boots[len(boots)-1-len(boots)/20])
}

// cpu runs build on file with one core and returns its CPU time, user and
// system.
func cpu(build, file string) time.Duration {
	cmd := exec.Command(build, "stats", "--format", "csv", file)
	cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "abtime: %s on %s: %v\n", build, file, err)
		os.Exit(2)
	}
	d := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if d <= 0 {
		// No ratio can be taken: the file is read faster than the
		// system counts time.
		fmt.Fprintf(os.Stderr, "abtime: %s on %s: no CPU time counted; give a larger file\n", build, file)
		os.Exit(2)
	}
	return d
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// median returns the median of xs (sorting a copy).
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
