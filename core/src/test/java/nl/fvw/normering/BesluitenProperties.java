package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * Layering (normering.md §3): for a fund, year and kind, the decision taken latest at or before the stand wins, a
 * standing rule (no stand) counts as the earliest, and of two taken at the same stand the first given. Checked against
 * that rule read literally, over every fund, year (also years no decision is for) and stand.
 */
class BesluitenProperties {
    private static final RuleRef REGEL = new RuleRef("TST-LAAG", "gelaagd besluit", "test");
    private static final List<Stand> STANDEN = List.of(Stand.parse("Miljoenennota 2022"), Stand.parse("Voorjaarsnota 2022"),
            Stand.parse("Miljoenennota 2023"), Stand.parse("Voorjaarsnota 2023"), Stand.parse("Miljoenennota 2024"));

    /** The input decided for: the rules read only its structure, which the lookups do not depend on. */
    private static final Normeringsinvoer INVOER = Normeringsinvoer.builder()
            .fonds(Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test").niveau(Amounts.mln("1500"), null).build())
            .standen(STANDEN).jaren(BudgetYear.of(2022), BudgetYear.of(2024)).build();

    @Provide
    Arbitrary<List<Besluit<?>>> besluiten() {
        Arbitrary<Besluit<?>> een = Combinators.combine(Arbitraries.of(Fonds.values()), Arbitraries.integers().between(2020, 2026),
                Arbitraries.integers().between(-1, STANDEN.size() - 1), Arbitraries.integers().between(0, 2))
                .as((f, jaar, stand, soort) -> {
                    Stand besloten = stand < 0 ? null : STANDEN.get(stand);
                    // one content per fund, year, kind and stand: two of one stand that differ are an error of their own
                    int n = jaar + stand + 1;
                    Besluit.Inhoud inhoud = switch (soort) {
                        case 0 -> new Besluit.Looptijd(BudgetYear.of(n));
                        case 1 -> new Besluit.Behoedzaamheidsreserve(BigDecimal.valueOf(stand + 1, 2));
                        default -> new Besluit.Vaststelling(Afrekenmoment.values()[(stand + 1) % Afrekenmoment.values().length]);
                    };
                    return new Besluit<>(f, BudgetYear.of(jaar), besloten, inhoud, REGEL);
                });
        return een.list().ofMaxSize(30);
    }

    @Property(tries = 500)
    void theDecisionThatAppliesIsTheLatestInForceAndOfOneStandTheFirstGiven(@ForAll("besluiten") List<Besluit<?>> gegeven) {
        Besluiten b = Besluiten.van(gegeven, INVOER);
        for (Fonds f : Fonds.values()) {
            for (int jaar = 2018; jaar <= 2028; jaar++) {
                for (Stand s : STANDEN) {
                    BudgetYear y = BudgetYear.of(jaar);
                    assertThat(b.looptijd(f, y, s)).isSameAs(literally(gegeven, f, y, s, Besluit.Soort.LOOPTIJD));
                    assertThat(b.reserve(f, y, s)).isSameAs(literally(gegeven, f, y, s, Besluit.Soort.RESERVE));
                    assertThat(b.vaststelling(f, y, s)).isSameAs(literally(gegeven, f, y, s, Besluit.Soort.VASTSTELLING));
                }
            }
        }
    }

    /** The rule as normering.md §3 states it, over the decisions as given. */
    private static Besluit<?> literally(List<Besluit<?>> gegeven, Fonds f, BudgetYear y, Stand s, Besluit.Soort soort) {
        List<Besluit<?>> inForce = new ArrayList<>();
        for (Besluit<?> b : gegeven) {
            if (b.fonds() == f && b.jaar().equals(y) && b.inhoud().soort() == soort
                    && (b.besloten() == null || !b.besloten().isAfter(s))) {
                inForce.add(b);
            }
        }
        Besluit<?> best = null;
        for (Besluit<?> b : inForce) {
            boolean later = best == null || best.besloten() == null && b.besloten() != null
                    || best.besloten() != null && b.besloten() != null && b.besloten().isAfter(best.besloten());
            if (later) {
                best = b;
            }
        }
        return best;
    }
}
