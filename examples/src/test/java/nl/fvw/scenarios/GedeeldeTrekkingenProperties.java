package nl.fvw.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Kerncijfers;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsrekening;
import nl.fvw.onzekerheid.MonteCarlo;
import nl.fvw.onzekerheid.Trekkingen;
import nl.fvw.onzekerheid.Voorspelfout;
import nl.fvw.rules.FvwEngine;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * Whatever a Monte Carlo perturbs (which stand, which series, from which year), draws of two of them computed
 * one after another on one engine, each sharing what it can with the draw before (the kortingen, the
 * settlements, the figures of the stands before the one it perturbs), give at any stand the accres and
 * levels they give alone.
 */
class GedeeldeTrekkingenProperties {
    private static final Scenario SCENARIO = ScenarioReader.read(Path.of("scenarios/normering-onzekerheid.yaml"));
    private static final FvwEngine ENGINE = FvwEngine.shipped();
    private static final Normeringsinvoer INVOER = SCENARIO.normering();
    private static final Besluiten BESLUITEN = ENGINE.beslis(INVOER);

    @Property(tries = 30)
    void aSharedDrawGivesWhatItGivesAlone(@ForAll("monteCarlos") MonteCarlo een, @ForAll("monteCarlos") MonteCarlo ander,
            @ForAll("standen") Stand gevraagd) {
        List<Trekkingen> beide = List.of(een.trekkingen(INVOER), ander.trekkingen(INVOER));
        for (int i = 0; i < 6; i++) {
            for (Trekkingen t : beide) {
                Normeringsinvoer trekking = t.trekking(i);
                Kerncijfers gedeeld = ENGINE.kerncijfers(trekking, BESLUITEN, gevraagd);
                assertThat(gedeeld).as("draw " + i).isEqualTo(new Normeringsrekening(trekking.withParameters(
                        ENGINE.parameters().layer(trekking.parameters())), BESLUITEN, false).kerncijfers(gevraagd));
            }
        }
    }

    @Provide
    Arbitrary<Stand> standen() {
        return Arbitraries.of(INVOER.standen());
    }

    @Provide
    Arbitrary<MonteCarlo> monteCarlos() {
        Arbitrary<Voorspelfout> fout = Combinators.combine(Arbitraries.of(Voorspelfout.Reeks.ARU, Voorspelfout.Reeks.BBP_VOLUME,
                Voorspelfout.Reeks.BBP_PRIJS),
                Arbitraries.integers().between(2022, 2028), Arbitraries.of("0.5", "1", "2.5"))
                .as((reeks, vanaf, sd) -> new Voorspelfout(reeks, BudgetYear.of(vanaf), new BigDecimal(sd)));
        return Combinators.combine(standen(), fout.list().ofMinSize(1).ofMaxSize(3).uniqueElements(Voorspelfout::reeks),
                Arbitraries.longs()).as((stand, fouten, zaad) -> new MonteCarlo(6, zaad, stand, fouten));
    }
}
