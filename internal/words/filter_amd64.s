#include "textflag.h"

// func filterWords(p *byte, letters, next, starts uint64, pairs *Pairs) uint64
//
// For each word start k (lowest first): its length n is the count of
// letters from k, on over next's when they reach bit 63; a word that
// reaches bit 63 of next too is kept; else the word's bit is cleared
// unless bit n (mod 32) of pairs[first&31<<5 | second&31] is set, by a
// conditional move, not a branch. TZCNT is only given words that are not
// 0: a processor without it runs it as BSF, which gives the same count
// for those (and BSF is several times slower where TZCNT is there).
TEXT ·filterWords(SB), NOSPLIT, $0-48
	MOVQ p+0(FP), SI
	MOVQ letters+8(FP), R8
	MOVQ next+16(FP), R9
	MOVQ starts+24(FP), AX // the result
	MOVQ pairs+32(FP), DI
	NOTQ R8                // the bytes that are no letter
	NOTQ R9                // and those of next
	MOVQ AX, R10           // the starts left to look at
loop:
	TZCNTQ R10, CX         // k
	MOVQ R8, R11
	SHRQ CX, R11
	TESTQ R11, R11
	JZ across              // letters to the block's end
	TZCNTQ R11, DX         // n, the letters from k
look:
	MOVBLZX (SI)(CX*1), BX // the first letter
	XORL R12, R12
	CMPQ DX, $1
	SETHI R12              // 1 for a word of two letters or more
	ADDQ CX, R12
	MOVBLZX (SI)(R12*1), R12 // the second letter
	ANDL $31, BX
	SHLL $5, BX
	ANDL $31, R12
	ORL R12, BX
	MOVL (DI)(BX*4), BX    // the lengths of the words that start so
	MOVQ AX, R11
	BTRQ CX, R11           // the starts without this word
	BTL DX, BX             // is a word of n letters among them?
	CMOVQCC R11, AX        // no: it goes
next:
	LEAQ -1(R10), R11
	ANDQ R11, R10
	JNZ loop
	MOVQ AX, ret+40(FP)
	RET
across:
	// The word goes on into next: n is 64 - k and the letters that
	// start next, unless all of next is letters (kept).
	TESTQ R9, R9
	JZ next
	TZCNTQ R9, DX
	ADDQ $64, DX
	SUBQ CX, DX
	JMP look
