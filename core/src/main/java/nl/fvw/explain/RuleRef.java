package nl.fvw.explain;

import java.util.Objects;

/**
 * The rule that produced a figure: its id, its name and its source, as declared in the rule's
 * own metadata; {@code replaces} names the shipped rule it stands in for, if any.
 */
public record RuleRef(String id, String name, String source, String replaces) {
    public RuleRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    public RuleRef(String id, String name, String source) {
        this(id, name, source, null);
    }
}
