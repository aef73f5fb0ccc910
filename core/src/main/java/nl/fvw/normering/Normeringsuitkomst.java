package nl.fvw.normering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Figuur;

/**
 * Every figure one normering computation produced: accres %, tranches, levels, kortingen,
 * afrekeningen, BCF-ruimte and the spending aggregates, each with its explanation.
 */
public record Normeringsuitkomst(List<AccresPercentage> accressen, List<Tranche> tranches, List<Bedragfiguur> bedragen,
        Besluiten besluiten) {
    private static final Comparator<Figuur> ORDER = Comparator
            .comparing((Figuur f) -> f.name().stand() == null ? null : f.name().stand(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.name().fonds() == null ? "" : f.name().fonds())
            .thenComparing(f -> f.name().grootheid()).thenComparing(f -> f.name().jaar());

    public Normeringsuitkomst {
        accressen = accressen.stream().sorted(ORDER).toList();
        tranches = tranches.stream().sorted(ORDER).toList();
        bedragen = bedragen.stream().sorted(ORDER).toList();
    }

    /** All figures, in stand, fund, quantity and year order. */
    public List<Figuur> figuren() {
        List<Figuur> all = new ArrayList<>(accressen);
        all.addAll(tranches);
        all.addAll(bedragen);
        all.sort(ORDER);
        return all;
    }

    /** The figure named {@code name}; an error listing similar figures when there is none, or several. */
    public Figuur figuur(FigureName name) {
        List<Figuur> hits = figuren().stream().filter(f -> f.name().matches(name)).toList();
        if (hits.size() == 1) {
            return hits.get(0);
        }
        if (hits.isEmpty()) {
            List<String> similar = figuren().stream().filter(f -> f.name().grootheid().equals(name.grootheid()))
                    .map(f -> f.name().toString()).limit(12).toList();
            throw new FvwException("No figure '" + name + "'" + (similar.isEmpty()
                    ? "; quantities computed: " + figuren().stream().map(f -> f.name().grootheid()).distinct().toList()
                    : "; known: " + similar + (similar.size() == 12 ? " …" : "")));
        }
        throw new FvwException("'" + name + "' names " + hits.size() + " figures; add the fund or the stand: "
                + hits.stream().map(f -> f.name().toString()).limit(12).toList());
    }
}
