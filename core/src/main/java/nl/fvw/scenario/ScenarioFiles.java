package nl.fvw.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.fvw.explain.Provenance;
import nl.fvw.input.InputException;
import nl.fvw.input.Location;
import nl.fvw.input.Node;
import nl.fvw.param.ParameterFile;
import nl.fvw.param.ParameterSet;

/** The files a scenario names, resolved against its folder, with the SHA-256 of each for the provenance. */
final class ScenarioFiles {
    private final Path dir;
    private final TreeMap<String, String> hashes = new TreeMap<>();

    ScenarioFiles(Path scenario) {
        this.dir = scenario.toAbsolutePath().normalize().getParent();
        hashes.put("scenario:" + scenario.getFileName(), hash(scenario));
    }

    /** The file a value names, which must exist and end in one of {@code extensions}. */
    Path resolve(Node node, String... extensions) {
        String text = node.asScalar().asText();
        boolean ok = false;
        for (String ext : extensions) {
            ok |= text.endsWith(ext);
        }
        if (!ok) {
            throw node.error("'" + text + "' must end in " + String.join(" or ", extensions));
        }
        Path p = dir.resolve(text).normalize();
        if (!Files.isRegularFile(p)) {
            throw node.error("file '" + text + "' not found (looked in " + dir + ")");
        }
        if (Files.isSymbolicLink(p)) {
            // a link hides which file is read, and an error quoting its content would show that file
            throw node.error("file '" + text + "' is a symbolic link; name the file it points to by its own path");
        }
        return p;
    }

    /**
     * The name a file is recorded under in the provenance: its path relative to the scenario's folder,
     * or, for a file outside that folder, its full path; two files of one name are so told apart.
     */
    String naam(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(dir) ? dir.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    /** The folder a value names, which must exist and not be a link. */
    Path resolveMap(Node node) {
        String text = node.asScalar().asText();
        Path p = dir.resolve(text).normalize();
        if (!Files.isDirectory(p)) {
            throw node.error("folder '" + text + "' not found (looked in " + dir + ")");
        }
        if (Files.isSymbolicLink(p)) {
            throw node.error("folder '" + text + "' is a symbolic link; name the folder it points to by its own path");
        }
        return p;
    }

    /** Records the hash of a file a folder holds; a missing file is an error at the value that named the folder. */
    void hash(String kind, Path file, Node node) {
        if (!Files.isRegularFile(file) || Files.isSymbolicLink(file)) {
            throw node.error("file '" + naam(file) + "' not found or a symbolic link");
        }
        hashes.put(kind + ":" + naam(file), hash(file));
    }

    /** Resolves the file and records its hash under {@code kind}. */
    /** Records the hashes of every file another scenario, read as part of this one, was read from. */
    void include(java.util.Map<String, String> other) {
        hashes.putAll(other);
    }

    Path resolveAndHash(Node node, String kind, String... extensions) {
        Path p = resolve(node, extensions);
        hashes.put(kind + ":" + naam(p), hash(p));
        return p;
    }

    /** The parameter files a list names, merged; each is hashed under {@code kind}. */
    ParameterSet parameters(List<Node> files, String kind) {
        ParameterSet parameters = ParameterSet.empty();
        for (Node p : files) {
            Path pf = resolve(p, ".yaml", ".yml", ".json");
            ParameterSet merged = parameters;
            parameters = p.locate(() -> merged.merge(ParameterFile.read(pf)));
            hashes.put(kind + ":" + naam(pf), hash(pf));
        }
        return parameters;
    }

    SortedMap<String, String> hashes() {
        return hashes;
    }

    private static String hash(Path file) {
        try {
            return Provenance.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(new Location(file.toString(), 0, 0), "", "cannot be read: " + e.getMessage());
        }
    }

    static List<Node> items(Node.Map m, String key) {
        Node n = m.opt(key);
        return n == null ? List.of() : n.asList().items();
    }
}
