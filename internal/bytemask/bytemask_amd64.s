#include "textflag.h"

// Registers while a block is made: X1 holds 0x20 in every byte (the
// lower-case bit, and ' '), X2 'a', X3 'z'-'a', X4 '\n', X10 ',', X11 '.'.
#define CONSTANTS \
	MOVQ $0x2020202020202020, AX; \
	MOVQ AX, X1; \
	PUNPCKLQDQ X1, X1; \
	MOVQ $0x6161616161616161, AX; \
	MOVQ AX, X2; \
	PUNPCKLQDQ X2, X2; \
	MOVQ $0x1919191919191919, AX; \
	MOVQ AX, X3; \
	PUNPCKLQDQ X3, X3; \
	MOVQ $0x0a0a0a0a0a0a0a0a, AX; \
	MOVQ AX, X4; \
	PUNPCKLQDQ X4, X4; \
	MOVQ $0x2c2c2c2c2c2c2c2c, AX; \
	MOVQ AX, X10; \
	PUNPCKLQDQ X10, X10; \
	MOVQ $0x2e2e2e2e2e2e2e2e, AX; \
	MOVQ AX, X11; \
	PUNPCKLQDQ X11, X11

// CHUNK sets L to the letters and S to the plain bytes of the 16 bytes at
// off(SI): a byte is a letter when, lower-cased by the 0x20 bit, less 'a'
// it is at most 'z'-'a' (unsigned).
#define CHUNK(off, L, S) \
	MOVOU off(SI), X5; \
	MOVO X5, X6; \
	POR X1, X6; \
	PSUBB X2, X6; \
	MOVO X6, X7; \
	PMINUB X3, X7; \
	PCMPEQB X6, X7; \
	PMOVMSKB X7, L; \
	MOVO X5, X8; \
	PCMPEQB X1, X8; \
	MOVO X5, X12; \
	PCMPEQB X10, X12; \
	POR X12, X8; \
	MOVO X5, X12; \
	PCMPEQB X11, X12; \
	POR X12, X8; \
	PCMPEQB X4, X5; \
	POR X8, X5; \
	PMOVMSKB X5, S

// BLOCK sets AX to the letters and BX to the plain bytes of the 64 bytes at SI.
#define BLOCK \
	CHUNK(0, AX, BX); \
	CHUNK(16, DX, R9); \
	SHLQ $16, DX; \
	ORQ DX, AX; \
	SHLQ $16, R9; \
	ORQ R9, BX; \
	CHUNK(32, DX, R9); \
	SHLQ $32, DX; \
	ORQ DX, AX; \
	SHLQ $32, R9; \
	ORQ R9, BX; \
	CHUNK(48, DX, R9); \
	SHLQ $48, DX; \
	ORQ DX, AX; \
	SHLQ $48, R9; \
	ORQ R9, BX

// func fillBlocks(p *byte, n int, dst *Block)
TEXT ·fillBlocks(SB), NOSPLIT, $0-24
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ dst+16(FP), DI
	CONSTANTS
	CMPQ CX, $64
	JB tail
loop:
	BLOCK
	MOVQ AX, 0(DI)
	MOVQ BX, 8(DI)
	MOVQ $-1, 16(DI)
	MOVQ $-1, 24(DI)
	ADDQ $64, SI
	ADDQ $32, DI
	SUBQ $64, CX
	CMPQ CX, $64
	JAE loop
tail:
	TESTQ CX, CX
	JZ done
	MOVQ SI, AX
	ANDQ $4095, AX
	CMPQ AX, $4032
	JA back
	// The 64 bytes from SI are in its page: keep the low CX bits.
	BLOCK
	JMP keep
back:
	// The page ends within 64 bytes of SI: read the 64 bytes that end
	// at SI+CX (they start in SI's page) and shift the CX bits down.
	LEAQ -64(SI)(CX*1), SI
	BLOCK
	MOVQ CX, R10
	NEGQ CX
	ADDQ $64, CX
	SHRQ CX, AX
	SHRQ CX, BX
	MOVQ R10, CX
keep:
	// The places past the end are plain.
	MOVQ $1, DX
	SHLQ CX, DX
	DECQ DX
	ANDQ DX, AX
	ANDQ DX, BX
	NOTQ DX
	ORQ DX, BX
	MOVQ AX, 0(DI)
	MOVQ BX, 8(DI)
	MOVQ $-1, 16(DI)
	MOVQ $-1, 24(DI)
done:
	RET


// MATCHCHUNK sets S to the places of the 16 at off(SI) whose byte picks
// the short words' bucket (bit 7) from the table at 0(R8), and L to those
// where the bytes at off, off1 and off2 pick no bucket in common from
// the tables at 0, 16 and 32(R8): PSHUFB reads a byte's low four bits,
// and gives 0 for a byte of 0x80 or more. X9 holds 0.
#define MATCHCHUNK(off, off1, off2, L, S) \
	MOVOU off(SI), X5; \
	MOVOU 0(R8), X6; \
	PSHUFB X5, X6; \
	PMOVMSKB X6, S; \
	MOVOU off1(SI), X5; \
	MOVOU 16(R8), X7; \
	PSHUFB X5, X7; \
	PAND X7, X6; \
	MOVOU off2(SI), X5; \
	MOVOU 32(R8), X7; \
	PSHUFB X5, X7; \
	PAND X7, X6; \
	PCMPEQB X9, X6; \
	PMOVMSKB X6, L

// func fillMatchBlocks(p *byte, n int, dst *Block, pf *Prefixes)
//
// fillBlocks with the blocks' Long and Short by the tables at pf, for n
// bytes, a multiple of 64 (not 0), with two more after them that may be
// read. Needs SSSE3 (PSHUFB).
TEXT ·fillMatchBlocks(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ dst+16(FP), DI
	MOVQ pf+24(FP), R8
	CONSTANTS
	PXOR X9, X9
mloop:
	BLOCK
	MOVQ AX, 0(DI)
	MOVQ BX, 8(DI)
	MATCHCHUNK(0, 1, 2, AX, BX)
	MATCHCHUNK(16, 17, 18, DX, R9)
	SHLQ $16, DX
	ORQ DX, AX
	SHLQ $16, R9
	ORQ R9, BX
	MATCHCHUNK(32, 33, 34, DX, R9)
	SHLQ $32, DX
	ORQ DX, AX
	SHLQ $32, R9
	ORQ R9, BX
	MATCHCHUNK(48, 49, 50, DX, R9)
	SHLQ $48, DX
	ORQ DX, AX
	SHLQ $48, R9
	ORQ R9, BX
	NOTQ AX
	MOVQ AX, 16(DI)
	MOVQ BX, 24(DI)
	ADDQ $64, SI
	ADDQ $32, DI
	SUBQ $64, CX
	JNZ mloop
	RET

// func cpuHasSSSE3() bool
//
// CPUID's leaf 1: bit 9 of ECX is SSSE3.
TEXT ·cpuHasSSSE3(SB), NOSPLIT, $0-1
	MOVL $1, AX
	XORL CX, CX
	CPUID
	SHRL $9, CX
	ANDL $1, CX
	MOVB CX, ret+0(FP)
	RET

// func fillMatchBlocks512(p *byte, n int, dst *Block, pf *Prefixes)
//
// fillMatchBlocks with AVX-512 (F and BW): a block's 64 bytes in one
// register, each mask made by one compare or test into a mask register;
// Plain marks every byte of isWidePlain, by the tables of plainNibbles
// (in Z15 and Z4) picked by each byte's low and high halves (Z9 holds
// 0x0f). Z1 holds 0x20 in every byte, Z2 'a', Z3 'z'-'a', and Z12, Z13
// and Z14 the tables at 0, 16 and 32(R8) in each 16-byte lane (VPSHUFB
// reads within a lane, as PSHUFB does). Only Z0 to Z15 are used:
// VZEROUPPER clears their upper halves, not those of Z16 to Z31 (with
// those, the runs were some 1% slower).
TEXT ·fillMatchBlocks512(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ dst+16(FP), DI
	MOVQ pf+24(FP), R8
	MOVL $0x20202020, AX
	VPBROADCASTD AX, Z1
	MOVL $0x61616161, AX
	VPBROADCASTD AX, Z2
	MOVL $0x19191919, AX
	VPBROADCASTD AX, Z3
	VBROADCASTI32X4 0(R8), Z12
	VBROADCASTI32X4 16(R8), Z13
	VBROADCASTI32X4 32(R8), Z14
	MOVQ $·plainNibbles(SB), AX
	VBROADCASTI32X4 0(AX), Z15
	VBROADCASTI32X4 16(AX), Z4
	MOVL $0x0f0f0f0f, AX
	VPBROADCASTD AX, Z9
zloop:
	VMOVDQU64 0(SI), Z5
	// The letters: lower-cased by the 0x20 bit, less 'a', at most 'z'-'a'.
	VPORD Z1, Z5, Z6
	VPSUBB Z2, Z6, Z6
	VPCMPUB $2, Z3, Z6, K1
	// The plain bytes: the bits of the tables of the byte's two halves
	// have one in common.
	VPSRLW $4, Z5, Z7
	VPANDD Z9, Z7, Z7
	VPSHUFB Z7, Z4, Z7
	VPSHUFB Z5, Z15, Z8
	VPTESTMB Z7, Z8, K2
	// Short: the places whose byte picks bucket 7 at the first byte;
	// Long: those whose three bytes pick a bucket in common.
	VPSHUFB Z5, Z12, Z6
	VPMOVB2M Z6, K4
	VMOVDQU64 1(SI), Z7
	VPSHUFB Z7, Z13, Z7
	VMOVDQU64 2(SI), Z8
	VPSHUFB Z8, Z14, Z8
	VPTERNLOGD $0x80, Z8, Z7, Z6
	VPTESTMB Z6, Z6, K5
	KMOVQ K1, 0(DI)
	KMOVQ K2, 8(DI)
	KMOVQ K5, 16(DI)
	KMOVQ K4, 24(DI)
	ADDQ $64, SI
	ADDQ $32, DI
	SUBQ $64, CX
	JNZ zloop
	VZEROUPPER
	RET

// func cpuHasAVX512BW() bool
//
// CPUID's leaf 7: bit 16 of EBX is AVX512F, bit 30 AVX512BW (and bits 3
// and 8 BMI1 and BMI2, which every such processor has); and the
// system saves the registers (leaf 1: bit 27 of ECX, OSXSAVE; XGETBV:
// the XMM, YMM, opmask and ZMM states, bits 1, 2, 5, 6 and 7).
TEXT ·cpuHasAVX512BW(SB), NOSPLIT, $0-1
	MOVB $0, ret+0(FP)
	XORL AX, AX
	XORL CX, CX
	CPUID
	CMPL AX, $7
	JB no
	MOVL $1, AX
	XORL CX, CX
	CPUID
	BTL $27, CX
	JCC no
	XORL CX, CX
	XGETBV
	ANDL $0xe6, AX
	CMPL AX, $0xe6
	JNE no
	MOVL $7, AX
	XORL CX, CX
	CPUID
	ANDL $0x40010108, BX
	CMPL BX, $0x40010108
	JNE no
	MOVB $1, ret+0(FP)
no:
	RET

// func lineFeeds512(p *byte, n int, at int, out *int) (found int, cr bool)
//
// Writes to out, in order, at plus the offset from p of each '\n' of the
// n bytes at p (a multiple of 64, not 0), and returns how many it wrote
// (out has room for n), and whether one of the bytes is '\r'. Needs
// AVX-512 (F and BW) and BMI1 (TZCNT, BLSR).
TEXT ·lineFeeds512(SB), NOSPLIT, $0-41
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ at+16(FP), R8
	MOVQ out+24(FP), DI
	MOVQ DI, R9 // where out starts
	MOVL $0x0a0a0a0a, AX
	VPBROADCASTD AX, Z1
	MOVL $0x0d0d0d0d, AX
	VPBROADCASTD AX, Z2
	KXORQ K3, K3, K3
lblock:
	VMOVDQU64 0(SI), Z5
	VPCMPEQB Z1, Z5, K1
	VPCMPEQB Z2, Z5, K2
	KORQ K2, K3, K3
	KMOVQ K1, AX
	TESTQ AX, AX
	JZ lnext
lbit:
	TZCNTQ AX, DX
	ADDQ R8, DX
	MOVQ DX, 0(DI)
	ADDQ $8, DI
	BLSRQ AX, AX
	JNZ lbit
lnext:
	ADDQ $64, SI
	ADDQ $64, R8
	SUBQ $64, CX
	JNZ lblock
	SUBQ R9, DI
	SHRQ $3, DI
	MOVQ DI, found+32(FP)
	KORTESTQ K3, K3
	SETNE cr+40(FP)
	VZEROUPPER
	RET

// func pairBlocks512(p *byte, n int, gap int, first, last byte) (at int, mask uint64)
//
// Returns the offset at of the first block of 64 bytes at p+at (at < n, a
// multiple of 64) with a place k whose byte is first and the byte gap
// after it last, and the mask of those places; n and 0 when there is
// none. n is a multiple of 64, not 0, and the bytes up to p+n+gap may be
// read. Needs AVX-512 (F and BW).
TEXT ·pairBlocks512(SB), NOSPLIT, $0-48
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ gap+16(FP), DX
	MOVBLZX first+24(FP), AX
	VPBROADCASTB AX, Z1
	MOVBLZX last+25(FP), AX
	VPBROADCASTB AX, Z2
	XORQ R8, R8 // at
ploop:
	VPCMPEQB 0(SI)(R8*1), Z1, K1
	LEAQ 0(SI)(DX*1), R9
	VPCMPEQB 0(R9)(R8*1), Z2, K2
	KANDQ K1, K2, K1
	KORTESTQ K1, K1
	JNZ pfound
	ADDQ $64, R8
	CMPQ R8, CX
	JB ploop
	MOVQ CX, at+32(FP)
	MOVQ $0, mask+40(FP)
	VZEROUPPER
	RET
pfound:
	MOVQ R8, at+32(FP)
	KMOVQ K1, AX
	MOVQ AX, mask+40(FP)
	VZEROUPPER
	RET
