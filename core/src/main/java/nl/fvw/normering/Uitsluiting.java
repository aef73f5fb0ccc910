package nl.fvw.normering;

import java.util.Objects;

import nl.fvw.explain.RuleRef;
import nl.fvw.time.Stand;

/**
 * A rule's decision that a spending item is a correction: it does not count in its aggregate,
 * for items of stands at or after {@code besloten} (null: always).
 */
public record Uitsluiting(Uitgavenpost post, Stand besloten, RuleRef regel) {
    public Uitsluiting {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(regel, "regel");
    }

    public boolean applies() {
        return besloten == null || !post.getStand().isBefore(besloten);
    }
}
