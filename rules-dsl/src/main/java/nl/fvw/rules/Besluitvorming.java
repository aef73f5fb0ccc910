package nl.fvw.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.FondsJaar;
import nl.fvw.normering.GegevenParameter;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.rules.internal.Besluitgeheugen;
import nl.fvw.rules.internal.Uitkomst;

/**
 * How an engine comes to the decisions for a normering input: read back where they are kept for
 * the input's structure ({@link Besluitgeheugen}), else the rules fire over the input's facts (a
 * fund-year per fund and year, the spending items, the names of the parameters) and what they
 * decide is kept.
 *
 * @param geheugen where decisions are kept, or null: the rules fire at every run
 * @param engine the engine's part of the key: its files' hashes, the rules it replaces, its limits
 */
record Besluitvorming(Besluitgeheugen geheugen, String engine) {
    /**
     * The decisions for an input.
     *
     * @param in the input with its parameters layered
     * @param rules fires the rules over facts
     * @return the decisions, kept or just taken
     */
    Besluiten beslis(Normeringsinvoer in, Function<List<Object>, Uitkomst> rules) {
        String key = geheugen == null ? null : Besluitgeheugen.sleutel(engine, in);
        Besluiten kept = key == null ? null : geheugen.lees(key, in);
        if (kept != null) {
            return kept;
        }
        List<Object> facts = new ArrayList<>();
        for (Fonds f : Fonds.values()) {
            for (nl.fvw.time.BudgetYear y = in.eersteJaar(); !y.isAfter(in.laatsteJaar()); y = y.next()) {
                facts.add(new FondsJaar(f, y));
            }
        }
        facts.addAll(in.posten());
        in.parameters().all().keySet().forEach(name -> facts.add(new GegevenParameter(name)));
        Uitkomst uitkomst = rules.apply(facts);
        Besluiten besluiten = new Besluiten(uitkomst.besluiten(), uitkomst.uitsluitingen(), uitkomst.kortingen(), in);
        if (key != null) {
            geheugen.bewaar(key, besluiten, in);
        }
        return besluiten;
    }
}
