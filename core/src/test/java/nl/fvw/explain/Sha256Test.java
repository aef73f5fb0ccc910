package nl.fvw.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

/** fvw's SHA-256 is the Secure Hash Standard's: its published examples, and the JDK's digest for any content. */
class Sha256Test {

    private static String hex(String text) {
        return HexFormat.of().formatHex(Sha256.digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The examples of FIPS 180-4 (NIST, "SHA256.pdf" and "SHA2_Additional.pdf"): one block, two blocks, empty, a million "a". */
    @Test
    void theExamplesOfTheStandard() {
        assertThat(hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assertThat(hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex("a".repeat(1_000_000))).isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    /** Every length around a block's edge (55, 56, 63, 64 bytes: the padding takes one block more or not). */
    @Property(tries = 500)
    void theSameDigestAsTheJdk(@ForAll @Size(max = 300) byte[] content) throws NoSuchAlgorithmException {
        assertThat(Sha256.digest(content)).isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void everyLengthOverThreeBlocks() throws NoSuchAlgorithmException {
        byte[] all = new byte[200];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (i * 31 + 7);
        }
        for (int n = 0; n <= all.length; n++) {
            byte[] content = java.util.Arrays.copyOf(all, n);
            assertThat(Sha256.digest(content)).as("%d bytes", n).isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
        }
    }
}
