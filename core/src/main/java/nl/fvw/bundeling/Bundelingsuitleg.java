package nl.fvw.bundeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;

/**
 * The explanation of every figure a bundling prints, by the name it is printed under
 * (bundeling.md): "overgeheveld 2027", "overgangsbudget 2027", "winnaars 2027", "verliezers
 * 2027", and per recipient "herverdeeleffect GM0014 2027", "herverdeeleffect per inwoner GM0014
 * 2027", "uitkering GM0014 2027".
 *
 * <pre>{@code
 * Explanation e = Bundelingsuitleg.of(uitkomst, FigureName.parse("herverdeeleffect GM0014 2027"));
 * }</pre>
 */
public final class Bundelingsuitleg {
    /** The quantities of the bundling as a whole, per year. */
    public static final List<String> GROOTHEDEN = List.of("overgeheveld", "overgangsbudget", "winnaars", "verliezers");
    /** The quantities per recipient: the name continues with the recipient's code. */
    public static final List<String> PER_ONTVANGER = List.of("herverdeeleffect", "herverdeeleffect per inwoner", "uitkering");
    private static final Pattern ONTVANGER = Pattern.compile("(herverdeeleffect per inwoner|herverdeeleffect|uitkering)"
            + " ([a-z0-9][a-z0-9-]*)");

    private Bundelingsuitleg() {
    }

    /**
     * A recipient's figure by name: the quantity ("herverdeeleffect per inwoner") and the recipient's code.
     *
     * @param grootheid one of {@link #PER_ONTVANGER}
     * @param code the recipient's code, lower case as names are
     */
    public record Ontvangerfiguur(String grootheid, String code) {
    }

    /**
     * The recipient's figure a name names, or null when it names none.
     *
     * @param name the name, like "herverdeeleffect GM0014 2027"
     * @return the quantity and code, or null
     */
    public static Ontvangerfiguur ontvangerfiguur(FigureName name) {
        Matcher m = ONTVANGER.matcher(name.grootheid());
        return m.matches() ? new Ontvangerfiguur(m.group(1), m.group(2)) : null;
    }

    /**
     * Whether a name is one of a bundling's.
     *
     * @param name the name
     * @return true for a quantity of the bundling or of one of its recipients
     */
    public static boolean isBundelingsnaam(FigureName name) {
        return GROOTHEDEN.contains(name.grootheid()) || ontvangerfiguur(name) != null;
    }

    /**
     * One recipient's effect in a year of the bundling.
     *
     * @param j the year
     * @param code the recipient's code, any case
     * @return the effect
     * @throws FvwException naming the code and some of the recipients when there is no such recipient
     */
    public static Herverdeeleffect effect(Bundelingsjaar j, String code) {
        return j.effecten().stream().filter(x -> x.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new FvwException("no recipient with code " + code.toUpperCase(Locale.ROOT)
                        + " in the bundling in " + j.jaar() + " (" + j.effecten().size() + " recipients, like "
                        + j.effecten().stream().limit(3).map(Herverdeeleffect::code).toList() + ")"));
    }

    /**
     * The names of the figures of the bundling as a whole, and of one recipient's where {@code code} is given.
     *
     * @param u the bundling's outcome
     * @param code a recipient's code, or null
     * @return the names, per year
     */
    public static List<FigureName> namen(Bundelingsuitkomst u, String code) {
        List<FigureName> out = new ArrayList<>();
        for (Bundelingsjaar j : u.jaren()) {
            GROOTHEDEN.forEach(q -> out.add(new FigureName(null, q, j.jaar(), null)));
            if (code != null) {
                PER_ONTVANGER.forEach(q -> out.add(new FigureName(null, q + " " + code.toLowerCase(Locale.ROOT), j.jaar(),
                        null)));
            }
        }
        return out;
    }

    /**
     * The explanation of one figure of the bundling.
     *
     * @param u the bundling's outcome, computed with explanations
     * @param name the figure's name
     * @return the explanation
     * @throws FvwException when the bundling prints no such figure
     */
    public static Explanation of(Bundelingsuitkomst u, FigureName name) {
        Bundelingsjaar j = u.jaar(name.jaar());
        Ontvangerfiguur o = ontvangerfiguur(name);
        if (o != null) {
            return ontvanger(u, j, o.grootheid(), o.code());
        }
        String label = name.grootheid() + " " + name.jaar() + " (" + u.bundeling().naam() + ")";
        return switch (name.grootheid()) {
            case "overgeheveld" -> j.explanation().relabel(label);
            case "overgangsbudget" -> Explanation.builder(label)
                    .formula("overgangsbudget = Σ toegepaste effecten over de ontvangers: wat het ingroeipad buiten de"
                            + " herverdeling financiert (0 bij een budgetneutraal pad)")
                    .value(Value.mln(j.overgangsbudget())).child(j.explanation()).build();
            case "winnaars", "verliezers" -> Explanation.builder(label)
                    .formula("het aantal ontvangers met een toegepast herverdeeleffect " + (name.grootheid().equals("winnaars")
                            ? "boven" : "onder") + " nul, van " + j.effecten().size())
                    .value(Value.decimal(java.math.BigDecimal.valueOf(name.grootheid().equals("winnaars") ? j.winnaars()
                            : j.verliezers()))).child(j.explanation()).build();
            default -> throw new FvwException("'" + name.grootheid() + "' is not a figure of a bundling; expected one of "
                    + GROOTHEDEN + ", or " + PER_ONTVANGER + " followed by a recipient's code");
        };
    }

    private static Explanation ontvanger(Bundelingsuitkomst u, Bundelingsjaar j, String q, String code) {
        Herverdeeleffect e = effect(j, code);
        String label = q + " " + e.code() + " " + e.naam() + " " + j.jaar();
        Explanation.Builder b = Explanation.builder(label)
                .input(new Input("historisch " + e.code(), Value.euro(e.historisch()), null,
                        "het overgehevelde budget naar de verdeling van de SPUKs, op de cent"))
                .input(new Input("nieuw " + e.code(), Value.euro(e.nieuw()), null, "naar de nieuwe sleutel, op de cent"))
                .input(new Input("volledig effect " + e.code(), Value.euro(e.volledig()), null, "nieuw − historisch"))
                .input(new Input("toegepast effect " + e.code(), Value.euro(e.toegepast()), null,
                        u.ingroeipad() == null ? "zonder ingroeipad: het volledige effect" : "na het ingroeipad"));
        switch (q) {
            case "herverdeeleffect" -> b.formula("herverdeeleffect = nieuw − historisch, begrensd door het ingroeipad")
                    .value(Value.euro(e.toegepast()));
            case "herverdeeleffect per inwoner" -> b.formula("toegepast effect / inwoners")
                    .input(new Input("inwoners " + e.code(), Value.decimal(e.inwoners()), null, u.bundeling().bron()))
                    .value(Value.decimal(e.toegepastPerInwoner(), 2));
            default -> b.formula("uitkering = historisch + toegepast effect").value(Value.euro(e.allocatie()));
        }
        return b.child(j.explanation()).build();
    }
}
