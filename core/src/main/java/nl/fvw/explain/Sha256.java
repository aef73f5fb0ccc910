package nl.fvw.explain;

import java.util.Arrays;

/**
 * SHA-256 (FIPS 180-4, Secure Hash Standard, §6.2) of the inputs a provenance names. The same
 * digest as {@code MessageDigest.getInstance("SHA-256")}, without the JDK's security provider
 * framework, whose set-up costs a run of the command line about 15 ms before its first hash
 * (benchmarks/README.md).
 */
final class Sha256 {
    /** The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes (§4.2.2). */
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    private Sha256() {
    }

    /**
     * The digest of some content.
     *
     * @param content the bytes
     * @return the 32 bytes of the hash
     */
    static byte[] digest(byte[] content) {
        int[] h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
        // padding (§5.1.1): a one bit, zeros, and the length in bits as 64 bits, to a multiple of 512 bits
        int lengte = ((content.length + 8) / 64 + 1) * 64;
        byte[] blokken = Arrays.copyOf(content, lengte);
        blokken[content.length] = (byte) 0x80;
        long bits = (long) content.length * 8;
        for (int i = 0; i < 8; i++) {
            blokken[lengte - 1 - i] = (byte) (bits >>> (8 * i));
        }
        int[] w = new int[64];
        for (int begin = 0; begin < lengte; begin += 64) {
            blok(h, blokken, begin, w);
        }
        byte[] uit = new byte[32];
        for (int i = 0; i < 32; i++) {
            uit[i] = (byte) (h[i / 4] >>> (24 - 8 * (i % 4)));
        }
        return uit;
    }

    /**
     * One block of 512 bits into the hash value {@code h} (§6.2.2); {@code w} is the message schedule, reused.
     * The rotations (ROTR, §3.2) are written as shifts: a start hashes its rule files before this method is
     * compiled, and the interpreter calls {@code Integer.rotateRight} as a method, 576 times a block.
     */
    private static void blok(int[] h, byte[] m, int begin, int[] w) {
        for (int t = 0; t < 16; t++) {
            int j = begin + 4 * t;
            w[t] = (m[j] & 0xff) << 24 | (m[j + 1] & 0xff) << 16 | (m[j + 2] & 0xff) << 8 | (m[j + 3] & 0xff);
        }
        for (int t = 16; t < 64; t++) {
            int x = w[t - 15];
            int y = w[t - 2];
            int s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ (x >>> 3);
            int s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ (y >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = h[0];
        int b = h[1];
        int c = h[2];
        int d = h[3];
        int e = h[4];
        int f = h[5];
        int g = h[6];
        int k = h[7];
        for (int t = 0; t < 64; t++) {
            int t1 = k + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7))
                    + ((e & f) ^ (~e & g)) + K[t] + w[t];
            int t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10))
                    + ((a & b) ^ (a & c) ^ (b & c));
            k = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += k;
    }
}
