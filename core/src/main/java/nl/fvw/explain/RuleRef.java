package nl.fvw.explain;

import java.util.Objects;

/**
 * The rule that produced a figure: its id, its name and its source, as declared in the rule's
 * own metadata; {@code replaces} names the shipped rule it stands in for, if any.
 *
 * <pre>{@code
 * RuleRef regel = explanation.rule();
 * System.out.println(regel.id() + " " + regel.source() + (regel.replaces() == null ? "" : ", vervangt " + regel.replaces()));
 * }</pre>
 */
public record RuleRef(String id, String name, String source, String replaces) {
    /**
     * Checks the components.
     *
     * @param id the rule's id
     * @param name the rule's name
     * @param source the law article or budget table it rests on
     * @param replaces the id of the shipped rule it replaces, or null
     */
    public RuleRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A rule that replaces nothing.
     *
     * @param id the rule's id
     * @param name the rule's name
     * @param source the law article or budget table it rests on
     */
    public RuleRef(String id, String name, String source) {
        this(id, name, source, null);
    }
}
