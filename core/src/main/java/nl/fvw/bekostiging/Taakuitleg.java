package nl.fvw.bekostiging;

import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;

/**
 * The explanation of every figure a task prints, by the name it is printed under (artikel 2 Fvw:
 * the cost, the compensation and the gap): "claim 2022", "compensatie 2022", "gat 2022", "gat
 * cumulatief 2022", and a tier's share, "gemeenten 2022".
 *
 * <pre>{@code
 * Explanation e = Taakuitleg.of(uitkomst, FigureName.parse("gat 2022"));
 * }</pre>
 */
public final class Taakuitleg {
    /** The quantities a task prints per year. */
    public static final List<String> GROOTHEDEN = List.of("claim", "compensatie", "gat", "gat cumulatief", "gemeenten",
            "provincies", "waterschappen");

    private Taakuitleg() {
    }

    /**
     * The names of every figure the task prints.
     *
     * @param u the task's outcome
     * @return the names, per year in the order of {@link #GROOTHEDEN}
     */
    public static List<FigureName> namen(Taakuitkomst u) {
        List<FigureName> out = new ArrayList<>();
        for (Taakjaar j : u.jaren()) {
            for (String q : GROOTHEDEN) {
                boolean laag = GROOTHEDEN.indexOf(q) >= 4;
                if (!laag || j.perLaag().keySet().stream().anyMatch(l -> l.woord().equals(q))) {
                    out.add(new FigureName(null, q, j.jaar(), null));
                }
            }
        }
        return out;
    }

    /**
     * The explanation of one figure of the task.
     *
     * @param u the task's outcome, computed with explanations
     * @param name the figure's name
     * @return the explanation
     * @throws FvwException when the task prints no such figure
     */
    public static Explanation of(Taakuitkomst u, FigureName name) {
        MonetaryAmount value = u.figuur(name);
        Taak t = u.taak();
        Taakjaar j = u.jaar(name.jaar());
        String label = name.grootheid() + " " + name.jaar() + " (" + t.naam() + ")";
        Explanation.Builder b = Explanation.builder(label);
        switch (name.grootheid()) {
            case "claim" -> {
                return j.explanation().relabel(label);
            }
            case "compensatie" -> b.formula("de compensatie zoals de taak haar geeft, langs de route " + t.route().woord())
                    .input(new Input("compensatie " + name.jaar(), Value.mln(value), null, t.bron()));
            case "gat" -> b.formula("gat = claim − compensatie (" + t.route().woord() + ")")
                    .input(new Input("claim " + name.jaar(), Value.mln(j.claim()), null, "hieronder"))
                    .input(new Input("compensatie " + name.jaar(), Value.mln(j.compensatie()), null, t.bron()))
                    .child(j.explanation());
            case "gat cumulatief" -> {
                b.formula("Σ gat over " + t.van() + "-" + name.jaar() + ", elk jaar exact; één keer afgerond bij het drukken");
                for (Taakjaar x : u.jaren()) {
                    if (!x.jaar().isAfter(name.jaar())) {
                        b.input(new Input("gat " + x.jaar(), Value.mln(x.gat()), null, "claim − compensatie"));
                    }
                }
            }
            default -> b.formula(Value.phrase("aandeel van de " + name.grootheid() + " = claim × sleutel (",
                    Value.rate(t.sleutel().get(Bestuurslaag.parse(name.grootheid()))),
                    "), verdeeld op de cent met de grootste rest"))
                    .input(new Input("claim " + name.jaar(), Value.mln(j.claim()), null, "hieronder"))
                    .child(j.explanation());
        }
        return b.value(Value.mln(value)).build();
    }
}
