package nl.fvw.input;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import nl.fvw.explain.Provenance;

/**
 * YAML files kept as the trees they were read into, so that a file read again is not parsed again:
 * SnakeYAML, still interpreted at the start of a command, takes about 100 ms for the history replay's
 * 40 KB, and reading its kept tree a tenth of that (benchmarks/README.md). Off unless a directory is
 * given; the command line keeps them beside its rule cache.
 *
 * <p>A tree is kept under the SHA-256 of the build of fvw, the file's name (every location names it)
 * and its bytes, and only after the file was read without an error: a file that does not read is read,
 * and refused, every time. A kept file that cannot be read is read from the YAML again and kept anew;
 * a directory that cannot be written keeps nothing.
 *
 * <pre>{@code
 * ParseCache.keepIn(Path.of(System.getProperty("user.home"), ".cache", "fvw", "invoer"));
 * Node root = InputReader.read(Path.of("scenario.yaml"));   // parsed and kept; next time read back
 * }</pre>
 */
public final class ParseCache {
    private static final int FORM = 0x66767742;   // "fvwB": the form of a kept tree, version 1
    private static final byte MAP = 0;
    private static final byte LIST = 1;
    private static final byte STRING = 2;
    private static final byte PLAIN = 3;
    private static final byte NULL = 4;

    private static volatile Path directory;

    private ParseCache() {
    }

    /**
     * Keeps the trees of YAML files read from now on in a directory, for every reader in this JVM.
     *
     * @param dir the directory (made when first written), or null to keep nothing
     */
    public static void keepIn(Path dir) {
        directory = dir;
    }

    /** Where trees are kept; null when off. */
    static Path directory() {
        return directory;
    }

    /** The kept tree of this content, or null when none is kept (or the kept one does not read). */
    static Node lookup(String name, byte[] bytes) {
        Path dir = directory;
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(key(name, bytes) + ".boom");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.getInt() != FORM || !text(in).equals(Provenance.currentBuild()) || !text(in).equals(name)) {
                return null;
            }
            Node root = node(in, name, "", 0);
            return in.hasRemaining() ? null : root;
        } catch (IOException | RuntimeException e) {
            return null;   // cut short or not a kept tree: read from the YAML again, and kept anew
        }
    }

    /** Keeps the tree a file was read into; what cannot be written is not kept. */
    static void keep(String name, byte[] bytes, Node root) {
        Path dir = directory;
        if (dir == null) {
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length);
        try {
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(FORM);
            write(out, Provenance.currentBuild());
            write(out, name);
            write(out, root);
        } catch (IOException e) {
            return;   // a byte array does not fail to write; were it to, nothing is kept
        }
        // whole or not at all, as the rule cache writes its files: a reader sees the old file or the new one
        Cachebestand.schrijf(dir.resolve(key(name, bytes) + ".boom"), buffer::toByteArray);
    }

    private static String key(String name, byte[] bytes) {
        byte[] kop = (Provenance.currentBuild() + '\0' + name + '\0').getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[kop.length + bytes.length];
        System.arraycopy(kop, 0, all, 0, kop.length);
        System.arraycopy(bytes, 0, all, kop.length, bytes.length);
        return Provenance.sha256(all);
    }

    private static void write(DataOutputStream out, Node n) throws IOException {
        if (n instanceof Node.Map m) {
            head(out, MAP, n);
            out.writeInt(m.entries().size());
            for (Map.Entry<String, Node> e : m.entries().entrySet()) {
                write(out, e.getKey());
                write(out, e.getValue());
            }
        } else if (n instanceof Node.List l) {
            head(out, LIST, n);
            out.writeInt(l.items().size());
            for (Node item : l.items()) {
                write(out, item);
            }
        } else {
            Node.Scalar s = (Node.Scalar) n;
            head(out, s.isNull() ? NULL : s.isQuoted() ? STRING : PLAIN, n);
            if (!s.isNull()) {
                write(out, s.text());
            }
        }
    }

    private static void head(DataOutputStream out, byte kind, Node n) throws IOException {
        out.writeByte(kind);
        out.writeInt(n.location().line());
        out.writeInt(n.location().column());
    }

    private static void write(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A node read back, its path made as the parser makes it. */
    private static Node node(ByteBuffer in, String file, String path, int depth) {
        if (depth > InputReader.MAX_DEPTH) {
            throw new IllegalArgumentException("deeper than a file that reads");
        }
        byte kind = in.get();
        Location loc = new Location(file, in.getInt(), in.getInt());
        switch (kind) {
            case MAP -> {
                Node.Map map = new Node.Map(loc, path);
                for (int i = in.getInt(); i > 0; i--) {
                    String key = text(in);
                    map.put(key, node(in, file, Node.join(path, key), depth + 1));
                }
                return map;
            }
            case LIST -> {
                Node.List list = new Node.List(loc, path);
                int n = in.getInt();
                for (int i = 0; i < n; i++) {
                    list.add(node(in, file, InputReader.item(path, i), depth + 1));
                }
                return list;
            }
            case STRING, PLAIN -> {
                return new Node.Scalar(loc, path, text(in), kind == STRING, false);
            }
            case NULL -> {
                return new Node.Scalar(loc, path, "", false, true);
            }
            default -> throw new IllegalArgumentException("not a kept tree");
        }
    }

    private static String text(ByteBuffer in) {
        int n = in.getInt();
        String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }
}
