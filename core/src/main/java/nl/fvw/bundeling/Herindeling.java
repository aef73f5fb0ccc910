package nl.fvw.bundeling;

import java.util.List;
import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;

/**
 * A herindeling: from {@code jaar} on, the gemeenten {@code van} are one gemeente {@code naar}.
 *
 * <pre>{@code
 * Herindeling h = new Herindeling(BudgetYear.of(2026), List.of("GM0901", "GM0902"), "GM0001");
 * }</pre>
 */
public record Herindeling(BudgetYear jaar, List<String> van, String naar) {
    /**
     * Checks the components.
     *
     * @param jaar the year the merger takes effect
     * @param van the codes of the recipients merged
     * @param naar the code of the new recipient
     */
    public Herindeling {
        Objects.requireNonNull(jaar, "jaar");
        Objects.requireNonNull(naar, "naar");
        van = List.copyOf(van);
        if (van.isEmpty()) {
            throw new FvwException("Herindeling into " + naar + " in " + jaar + " names no gemeenten");
        }
    }
}
