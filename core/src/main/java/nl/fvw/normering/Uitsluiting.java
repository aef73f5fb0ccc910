package nl.fvw.normering;

import java.util.Objects;

import nl.fvw.explain.RuleRef;
import nl.fvw.time.Stand;

/**
 * A rule's decision that a spending item is a correction: it does not count in its aggregate,
 * for items of stands at or after {@code besloten} (null: always).
 *
 * <pre>{@code
 * // decided by a rule such as: voor elke uitgavenpost / de post is van de soort INVESTERINGSFONDS
 * //                              dan tel de post niet mee in het aggregaat
 * boolean telt = !new Uitsluiting(post, Stand.parse("Startnota 2022"), regel).applies();
 * }</pre>
 */
public record Uitsluiting(Uitgavenpost post, Stand besloten, RuleRef regel) {
    /**
     * Checks the components.
     *
     * @param post the item
     * @param besloten the stand of the decision, or null: always
     * @param regel the rule that decided it
     */
    public Uitsluiting {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(regel, "regel");
    }

    /**
     * Whether the item is left out: it is of a stand at or after the decision.
     *
     * @return true when excluded
     */
    public boolean applies() {
        return besloten == null || !post.getStand().isBefore(besloten);
    }
}
