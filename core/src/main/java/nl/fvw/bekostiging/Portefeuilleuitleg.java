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
 * The explanation of every figure a portfolio prints, by the name it is printed under: "claim van de taken
 * 2022", "compensatie (algemene uitkering) 2022", "saldo 2022", "saldo cumulatief 2022", "accres van het fonds
 * 2022" and "ongedekt in % van het accres 2022". Each lists the tasks it is made of, with their source.
 */
public final class Portefeuilleuitleg {
    /** The quantities a portfolio prints per year, the compensation per route apart. */
    public static final List<String> GROOTHEDEN = List.of("claim van de taken", "saldo", "saldo cumulatief",
            "accres van het fonds", "ongedekt in % van het accres");

    private Portefeuilleuitleg() {
    }

    /**
     * Whether a name is one a portfolio prints.
     *
     * @param name the name
     * @return true for the quantities of {@link #GROOTHEDEN} and "compensatie (route)"
     */
    public static boolean isPortefeuillenaam(FigureName name) {
        return GROOTHEDEN.contains(name.grootheid()) || route(name) != null;
    }

    /**
     * The names of every figure the portfolio prints.
     *
     * @param u the portfolio
     * @return the names, per year
     */
    public static List<FigureName> namen(Portefeuilleuitkomst u) {
        List<FigureName> out = new ArrayList<>();
        for (Portefeuille.Jaar j : u.portefeuille().jaren()) {
            for (String q : GROOTHEDEN) {
                boolean zonderAccres = q.contains("accres") && (q.startsWith("ongedekt") ? j.beslag() == null : j.accres() == null);
                if (!zonderAccres) {
                    out.add(new FigureName(null, q, j.jaar(), null));
                }
            }
            for (Route r : j.compensatie().keySet()) {
                out.add(new FigureName(null, "compensatie (" + r.woord() + ")", j.jaar(), null));
            }
        }
        return out;
    }

    /**
     * The explanation of one figure of the portfolio.
     *
     * @param u the portfolio
     * @param name the figure's name
     * @return the explanation
     * @throws FvwException when the portfolio prints no such figure
     */
    public static Explanation of(Portefeuilleuitkomst u, FigureName name) {
        Portefeuille p = u.portefeuille();
        Portefeuille.Jaar j = p.jaren().stream().filter(x -> x.jaar().equals(name.jaar())).findFirst()
                .orElseThrow(() -> new FvwException("The portfolio has no year " + name.jaar() + "; its years are "
                        + p.jaren().get(0).jaar() + "-" + p.jaren().get(p.jaren().size() - 1).jaar()));
        String label = name.grootheid() + " " + name.jaar() + " (" + p.laag().woord() + ")";
        Explanation.Builder b = Explanation.builder(label);
        Route route = route(name);
        if (route != null) {
            MonetaryAmount c = j.compensatie().get(route);
            if (c == null) {
                throw new FvwException("No task of the portfolio is compensated through the " + route.woord() + " in "
                        + name.jaar());
            }
            b.formula("Σ over de taken langs deze route: compensatie × aandeel van de " + p.laag().woord());
            taken(b, p, j, route);
            return b.value(Value.mln(c)).build();
        }
        switch (name.grootheid()) {
            case "claim van de taken" -> {
                b.formula("Σ over de taken: claim × aandeel van de " + p.laag().woord());
                taken(b, p, j, null);
                return b.value(Value.mln(j.claim())).build();
            }
            case "saldo" -> {
                b.formula("saldo = Σ compensatie − claim van de taken");
                b.input(new Input("claim van de taken " + j.jaar(), Value.mln(j.claim()), null, "hieronder"));
                j.compensatie().forEach((r, c) -> b.input(new Input("compensatie (" + r.woord() + ") " + j.jaar(),
                        Value.mln(c), null, "de taken langs deze route")));
                taken(b, p, j, null);
                return b.value(Value.mln(j.saldo())).build();
            }
            case "saldo cumulatief" -> {
                b.formula("Σ saldo van " + p.jaren().get(0).jaar() + " tot en met " + j.jaar()
                        + ", elk jaar exact; één keer afgerond bij het drukken");
                for (Portefeuille.Jaar x : p.jaren()) {
                    if (!x.jaar().isAfter(j.jaar())) {
                        b.input(new Input("saldo " + x.jaar(), Value.mln(x.saldo()), null, "compensatie − claim"));
                    }
                }
                return b.value(Value.mln(j.saldoCumulatief())).build();
            }
            case "accres van het fonds" -> {
                if (j.accres() == null) {
                    throw new FvwException("The fund side gives no accres for " + j.jaar());
                }
                return b.formula("de tranche van het jaar: " + p.accresBron())
                        .input(new Input("tranche " + j.jaar(), Value.mln(j.accres()), null, p.accresBron()))
                        .value(Value.mln(j.accres())).build();
            }
            default -> {
                if (j.beslag() == null) {
                    throw new FvwException("The fund side gives no accres (or an accres of zero) for " + j.jaar());
                }
                return b.formula("ongedekt in % van het accres = (claim − compensatie) / accres")
                        .input(new Input("claim − compensatie " + j.jaar(), Value.mln(j.saldo().negate()), null, "hieronder"))
                        .input(new Input("accres " + j.jaar(), Value.mln(j.accres()), null, p.accresBron()))
                        .value(Value.rate(j.beslag())).build();
            }
        }
    }

    /** Each task's share of the year (its claim, or its compensation along one route), with its source. */
    private static void taken(Explanation.Builder b, Portefeuille p, Portefeuille.Jaar j, Route route) {
        for (Taakuitkomst t : p.taken()) {
            java.math.BigDecimal aandeel = t.taak().sleutel().get(p.laag());
            if (aandeel == null || j.jaar().isBefore(t.taak().van()) || j.jaar().isAfter(t.taak().tot())
                    || route != null && t.taak().route() != route) {
                continue;
            }
            Taakjaar tj = t.jaar(j.jaar());
            MonetaryAmount v = route == null ? tj.perLaag().get(p.laag()) : tj.compensatie().multiply(aandeel);
            b.input(new Input((route == null ? "claim " : "compensatie ") + t.taak().naam() + " " + j.jaar() + " × "
                    + aandeel.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %",
                    Value.mln(v), null, t.taak().bron()));
        }
    }

    private static Route route(FigureName name) {
        String g = name.grootheid();
        if (!g.startsWith("compensatie (") || !g.endsWith(")")) {
            return null;
        }
        String woord = g.substring("compensatie (".length(), g.length() - 1);
        for (Route r : Route.values()) {
            if (r.woord().equals(woord)) {
                return r;
            }
        }
        return null;
    }
}
