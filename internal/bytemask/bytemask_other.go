//go:build !amd64

package bytemask

func fill(dst []Block, text string, n int) { fillGeneric(dst, text, n) }

func fillMatch(dst []Block, text string, n int, p *Prefixes) { fillMatchGeneric(dst, text, n, p) }

// exactMatch tells whether Prefixes.Fill sets Long and Short as fillMatchGeneric
// does: here it is fillMatchGeneric.
const exactMatch = true
