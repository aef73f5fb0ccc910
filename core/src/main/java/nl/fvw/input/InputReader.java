package nl.fvw.input;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML or JSON file (by its extension: .yaml, .yml, .json) into a {@link Node} tree
 * that keeps every value's line and column. Strict: duplicate keys, non-UTF-8 text, files over
 * {@link #MAX_BYTES}, nesting deeper than 64, and YAML anchors and aliases are errors (an alias
 * could repeat a value silently, and nested aliases can blow up memory).
 *
 * <pre>{@code
 * Node root = InputReader.read(Path.of("scenario.yaml"));
 * String naam = root.asMap().get("scenario").asScalar().asText();
 * }</pre>
 */
public final class InputReader {
    /** Largest input file accepted: 4 MiB. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** YAML aliases allowed in one file (guards against alias bombs). */
    public static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;

    private InputReader() {
    }

    /**
     * Reads a YAML or JSON file (by its extension) strictly: size and alias limits, duplicate keys
     * refused, every node with its line.
     *
     * @param file a .yaml, .yml or .json file
     * @return the root node
     * @throws InputException naming the file and line of what cannot be read
     */
    public static Node read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(new Location(name, 0, 0), "",
                        "file is " + size + " bytes; the largest input fvw accepts is " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(new Location(name, 0, 0), "", "file not found");
        } catch (IOException e) {
            throw new InputException(new Location(name, 0, 0), "", "cannot be read: " + e.getMessage());
        }
        return parse(name, bytes);
    }

    /**
     * Parses content named {@code name}; the extension of the name decides YAML or JSON.
     *
     * @param name the file's name, for messages and the format
     * @param bytes the content, UTF-8
     * @return the root node
     * @throws InputException naming the line of what cannot be read
     */
    public static Node parse(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(new Location(name, 0, 0), "",
                    "file is " + bytes.length + " bytes; the largest input fvw accepts is " + MAX_BYTES + " bytes");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean json = lower.endsWith(".json");
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        Node kept = yaml ? ParseCache.lookup(name, bytes) : null;   // YAML only: JSON parses quickly enough
        if (kept != null) {
            return kept;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(new Location(name, 0, 0), "", "is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!json && !yaml) {
            throw new InputException(new Location(name, 0, 0), "",
                    "unknown file type; expected a .yaml, .yml or .json file");
        }
        try (JsonParser p = factory(json).createParser(text)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(new Location(name, 1, 1), "", "file is empty");
            }
            Node root = readValue(p, name, "", 0);
            if (p.nextToken() != null) {
                throw new InputException(location(name, p.currentTokenLocation()), "",
                        "more than one document in the file; expected exactly one");
            }
            if (yaml) {
                ParseCache.keep(name, bytes, root);
            }
            return root;
        } catch (JsonParseException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Duplicate field")) {
                msg = "duplicate key " + msg.substring(msg.indexOf('\''));
            }
            throw new InputException(location(name, e.getLocation()), "",
                    "malformed " + (json ? "JSON" : "YAML") + ": " + forPeople(firstLine(msg)));
        } catch (StreamConstraintsException e) {
            throw new InputException(new Location(name, 0, 0), "", "too large or too deep: " + forPeople(firstLine(
                    e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InputException(new Location(name, 0, 0), "", "malformed " + (json ? "JSON" : "YAML") + ": "
                    + forPeople(firstLine(e.getMessage())));
        } catch (RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            // SnakeYAML reports structural problems (alias limits, bad indentation) as unchecked exceptions
            throw new InputException(new Location(name, 0, 0), "", "malformed YAML: " + forPeople(firstLine(e.getMessage())));
        }
    }

    /** A parser's message as a person reads it: what is wrong in the file, not which library feature to enable. */
    static String forPeople(String msg) {
        if (msg == null) {
            return "the file cannot be read as data";
        }
        if (msg.contains("while scanning for the next token") || msg.contains("'\\t'") || msg.contains("\t")) {
            return "a tab: YAML indents with spaces, never with tabs";
        }
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("Non-standard token '([^']*)'").matcher(msg);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a number; write a number";
        }
        if (msg.contains("nesting depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels";
        }
        if (msg.contains("Unexpected end-of-input")) {
            return "the file ends in the middle of a value (a bracket or a quotation mark not closed)";
        }
        if (msg.startsWith("Number value length") || msg.contains("number length")) {
            return "a number longer than fvw reads (100 characters)";
        }
        // what remains: the parser's own words, without the names of its settings
        return msg.replaceAll("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?", "").strip();
    }

    /** The parser factories, made once: a factory is safe to share, and each made costs a start time. */
    private static final class Factories {
        static final JsonFactory JSON;
        static final JsonFactory YAML;

        static {
            StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_BYTES).maxStringLength(MAX_BYTES).maxNumberLength(100).build();
            JSON = JsonFactory.builder().streamReadConstraints(limits).build();
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(MAX_ALIASES);
            options.setAllowDuplicateKeys(false);
            options.setNestingDepthLimit(MAX_DEPTH);
            options.setCodePointLimit(MAX_BYTES);
            YAML = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(limits).build();
        }
    }

    private static JsonFactory factory(boolean json) {
        return json ? Factories.JSON : Factories.YAML;
    }

    private static Node readValue(JsonParser p, String file, String path, int depth) throws IOException {
        Location loc = location(file, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (p instanceof YAMLParser y && (y.isCurrentAlias() || y.getCurrentAnchor() != null)) {
            throw new InputException(loc, path, "YAML anchors and aliases (&name, *name) are not supported in fvw"
                    + " input; write the values out");
        }
        switch (t) {
            case START_OBJECT -> {
                Node.Map map = new Node.Map(loc, path);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    map.put(key, readValue(p, file, Node.join(path, key), depth + 1));
                }
                return map;
            }
            case START_ARRAY -> {
                Node.List list = new Node.List(loc, path);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(p, file, item(path, i++), depth + 1));
                }
                return list;
            }
            case VALUE_STRING -> {
                return new Node.Scalar(loc, path, p.getText(), true, false);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Scalar(loc, path, p.getText(), false, false);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(loc, path, "", false, true);
            }
            default -> throw new InputException(loc, path, "unexpected " + t);
        }
    }

    /** The path of a list's item, as messages name it: {@code invoer[0]}. */
    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    private static Location location(String file, JsonLocation l) {
        return l == null ? new Location(file, 0, 0) : new Location(file, l.getLineNr(), l.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

}
