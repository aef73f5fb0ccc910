package nl.fvw.normering;

import java.util.Objects;

import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * A fund and year, and the stand where it matters, as the key of the normering's memos and indexes.
 * Its {@code equals} and {@code hashCode} are written out: a record's own are made from method
 * handles at their first call, some milliseconds of every start of the command line.
 *
 * <pre>{@code
 * memo.get(new FondsJaarStand(Fonds.GEMEENTEFONDS, BudgetYear.of(2024), stand));
 * index.get(FondsJaarStand.of(Fonds.PROVINCIEFONDS, BudgetYear.of(2025)));   // no stand
 * }</pre>
 *
 * @param fonds the fund
 * @param jaar the year
 * @param stand the stand, or null for a key of fund and year only
 */
record FondsJaarStand(Fonds fonds, BudgetYear jaar, Stand stand) {
    /** A key of fund and year only. */
    static FondsJaarStand of(Fonds fonds, BudgetYear jaar) {
        return new FondsJaarStand(fonds, jaar, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FondsJaarStand k && k.fonds == fonds && k.jaar.equals(jaar) && Objects.equals(k.stand, stand);
    }

    @Override
    public int hashCode() {
        return (31 * fonds.ordinal() + jaar.hashCode()) * 31 + Objects.hashCode(stand);
    }
}
