package bytemask

// WidePlain are the bytes a Block's Plain may mark: ' ', '\n', ',' and
// '.' always, and where Prefixes.Fill has AVX-512 the other ASCII white
// space and punctuation too, but the signs $%#+=<>^~|\` (which a figure
// may hold). A scan given the blocks must pass over all of them.
const WidePlain = " \n,.\t\r!\"&'()*-/:;?@[]_{}"

// isWidePlain tells the bytes of WidePlain.
var isWidePlain = func() (t [256]bool) {
	for _, c := range []byte(WidePlain) {
		t[c] = true
	}
	return t
}()

// plainNibbles holds the tables of a lookup of isWidePlain by a byte's
// two halves (the low half's table, then the high half's): bit h of the
// low table's entry l is set when byte h<<4|l is wide plain, and the high
// table's entry h is 1<<h for the ASCII halves 0 to 7 (0 above: no byte
// of 0x80 or more is plain).
var plainNibbles = func() (t [32]byte) {
	for c := range 128 {
		if isWidePlain[c] {
			t[c&15] |= 1 << (c >> 4)
		}
	}
	for h := range 8 {
		t[16+h] = 1 << h
	}
	return t
}()
