package nl.fvw.bekostiging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;

/**
 * The explanation of every figure a task prints, by the name it is printed under (artikel 2 Fvw:
 * the cost, the compensation and the gap): "claim 2022", "compensatie 2022", "gat 2022", "gat
 * cumulatief 2022", and a tier's share, "gemeenten 2022". In a scenario with several tasks a name
 * carries the task's name between the quantity and the year: "gat Jeugd 2022, bovengrens 2022".
 *
 * <pre>{@code
 * Explanation e = Taakuitleg.of(uitkomst, FigureName.parse("gat 2022"));
 * }</pre>
 */
public final class Taakuitleg {
    /** The quantities a task prints per year. */
    public static final List<String> GROOTHEDEN = List.of("claim", "compensatie", "gat", "gat cumulatief", "gemeenten",
            "provincies", "waterschappen");

    /** {@link #GROOTHEDEN}, longest first: "gat cumulatief jeugd" is a quantity of "gat cumulatief", not of "gat". */
    private static final List<String> LANGSTE_EERST = GROOTHEDEN.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private Taakuitleg() {
    }

    /**
     * A task's figure as a scenario's name picks it: the task, and the figure's name within that task.
     *
     * @param taak the task
     * @param naam the figure's name without the task's name
     */
    public record Keuze(Taakuitkomst taak, FigureName naam) {
    }

    /**
     * The task a figure's name picks: with one task "gat 2022"; with several "gat &lt;name of the task&gt; 2022".
     *
     * @param taken the scenario's tasks
     * @param name the figure's name
     * @return the task and the name within it, or null when the name is no task figure
     * @throws FvwException when the name is a task figure and picks no task (naming the ways it can)
     */
    public static Keuze kies(List<Taakuitkomst> taken, FigureName name) {
        if (GROOTHEDEN.contains(name.grootheid())) {
            if (taken.size() == 1) {
                return new Keuze(taken.get(0), name);
            }
            throw new FvwException("'" + name + "' is a figure of a task, and the scenario has " + taken.size()
                    + " tasks; name the task between the quantity and the year, like '"
                    + (taken.isEmpty() ? name.toString() : gekwalificeerd(taken.get(0), name)) + "'");
        }
        if (taken.isEmpty()) {
            return null;
        }
        for (String q : LANGSTE_EERST) {
            if (!name.grootheid().startsWith(q + " ")) {
                continue;
            }
            String rest = name.grootheid().substring(q.length() + 1);
            for (Taakuitkomst t : taken) {
                if (t.taak().naam().toLowerCase(Locale.ROOT).equals(rest)) {
                    return new Keuze(t, new FigureName(null, q, name.jaar(), name.stand()));
                }
            }
        }
        return null;
    }

    /**
     * The names of every figure the tasks print: as {@link #namen(Taakuitkomst)} for one task, with each
     * task's name in them for several.
     *
     * @param taken the scenario's tasks
     * @return the names
     */
    public static List<FigureName> namen(List<Taakuitkomst> taken) {
        List<FigureName> out = new ArrayList<>();
        for (Taakuitkomst t : taken) {
            for (FigureName n : namen(t)) {
                out.add(taken.size() == 1 ? n : FigureName.parse(gekwalificeerd(t, n)));
            }
        }
        return out;
    }

    private static String gekwalificeerd(Taakuitkomst t, FigureName name) {
        return name.grootheid() + " " + t.taak().naam() + " " + name.jaar();
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
