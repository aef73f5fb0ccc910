package nl.fvw.scenario;

import java.util.List;
import java.util.Objects;

import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Taak;
import nl.fvw.normering.Fonds;

/**
 * What a portfolio is made of (docs/scenario.md, {@code portefeuille}): the bestuurslaag, the scenario whose
 * normering gives the accres of its fund, and the tasks, each taken from its own scenario file.
 *
 * @param laag the bestuurslaag
 * @param fonds the fund whose accres the tasks are held against (null for the waterschappen, which have none)
 * @param fondszijde the scenario of the fund side (its normering)
 * @param taken the tasks
 */
public record Portefeuilleinvoer(Bestuurslaag laag, Fonds fonds, Scenario fondszijde, List<Taak> taken) {
    /**
     * Copies the list.
     *
     * @param laag the tier
     * @param fonds the fund
     * @param fondszijde the fund side
     * @param taken the tasks
     */
    public Portefeuilleinvoer {
        Objects.requireNonNull(laag, "laag");
        taken = List.copyOf(taken);
    }
}
