//go:build !amd64

package bytemask

// exactMatch tells whether Prefixes.Fill sets Long and Short as
// fillMatchGeneric does: here it is fillMatchGeneric.
const exactMatch = true

// widePlain tells whether Prefixes.Fill's Plain marks every byte of
// isWidePlain: not here.
const widePlain = false
