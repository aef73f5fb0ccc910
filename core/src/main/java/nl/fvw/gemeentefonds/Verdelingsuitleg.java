package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/**
 * The explanation of the figures of an algemene uitkering, by the names they are printed under:
 * "algemene uitkering 2025" (the total), "algemene uitkering Groningen 2025" (one gemeente's
 * specification in the shape its begroting prints it: onderdeel A, onderdeel B per maatstaf with volume,
 * bedrag per eenheid and bedrag in basis, the uitkeringsfactor, the vaste bedragen, the total),
 * "uitkeringsfactor 2025", and with an earlier circulaire "verschil algemene uitkering Groningen 2025".
 *
 * <pre>{@code
 * Explanation e = Verdelingsuitleg.of(verdeling, null, FigureName.parse("algemene uitkering Groningen 2025"));
 * }</pre>
 */
public final class Verdelingsuitleg {
    /** The quantity of the algemene uitkering. */
    public static final String AU = "algemene uitkering";
    /** The quantity of the factor. */
    public static final String UF = "uitkeringsfactor";
    /** The quantity of one gemeente's change against the earlier circulaire. */
    public static final String VERSCHIL = "verschil algemene uitkering";

    private Verdelingsuitleg() {
    }

    /**
     * Whether a name is one of the algemene uitkering's.
     *
     * @param name the name
     * @return true for the total, a gemeente's amount or change, or the factor
     */
    public static boolean isVerdelingsnaam(FigureName name) {
        String q = name.grootheid();
        return q.equals(AU) || q.startsWith(AU + " ") || q.equals(UF) || q.startsWith(VERSCHIL + " ");
    }

    /**
     * The names of the figures: the total, the factor, and every gemeente's amount (and change).
     *
     * @param v the verdeling
     * @param vergelijking the comparison with an earlier circulaire, or null
     * @return the names
     */
    public static List<FigureName> namen(Verdelingsuitkomst v, Circulairevergelijking vergelijking) {
        BudgetYear jaar = BudgetYear.of(v.circulaire().uitkeringsjaar());
        List<FigureName> out = new ArrayList<>(List.of(new FigureName(null, AU, jaar, null), new FigureName(null, UF, jaar,
                null)));
        for (Specificatie s : v.specificaties()) {
            out.add(new FigureName(null, AU + " " + s.gemeente().naam(), jaar, null));
            if (vergelijking != null) {
                out.add(new FigureName(null, VERSCHIL + " " + s.gemeente().naam(), jaar, null));
            }
        }
        return out;
    }

    /**
     * The explanation of one figure.
     *
     * @param v the verdeling
     * @param vergelijking the comparison with an earlier circulaire, or null
     * @param name the name
     * @return the explanation
     * @throws FvwException for another uitkeringsjaar, an unknown gemeente, or a change without an earlier circulaire
     */
    public static Explanation of(Verdelingsuitkomst v, Circulairevergelijking vergelijking, FigureName name) {
        Circulaire c = v.circulaire();
        if (name.jaar().value() != c.uitkeringsjaar()) {
            throw new FvwException("the algemene uitkering of this scenario is for uitkeringsjaar " + c.uitkeringsjaar()
                    + ", not " + name.jaar());
        }
        String q = name.grootheid();
        if (q.equals(UF)) {
            return Explanation.builder(UF + " " + c.uitkeringsjaar() + ", " + c.naam())
                    .formula("UF = (AU-budget − Σ onderdeel A − Σ buiten de factor) / Σ uitkeringsbases; gepubliceerd in drie"
                            + " decimalen, en zo toegepast")
                    .input(new Input("Σ onderdeel A", Value.euro(Amounts.eur(v.totaalA())), null, c.bron()))
                    .input(new Input("Σ uitkeringsbases", Value.euro(Amounts.eur(v.totaalBasis())), null, c.bron()))
                    .input(new Input("AU-budget dat deze factor inhoudt", Value.euro(Amounts.eur(v.budget())), null,
                            "Σ onderdeel A + Σ buiten de factor + UF × Σ uitkeringsbases"))
                    .value(Value.decimal(v.uitkeringsfactor())).build();
        }
        if (q.equals(AU)) {
            return Explanation.builder(AU + " " + c.uitkeringsjaar() + ", " + c.naam() + ", " + c.gemeenten().size()
                    + " gemeenten")
                    .formula("Σ over de gemeenten van hun algemene uitkering, elk op de cent")
                    .input(new Input("Σ onderdeel A", Value.euro(Amounts.eur(v.totaalA())), null, c.bron()))
                    .input(new Input("uitkeringsfactor × Σ uitkeringsbases", Value.euro(Amounts.eur(v.uitkeringsfactor()
                            .multiply(v.totaalBasis()))), null, c.bron()))
                    .input(new Input("Σ buiten de factor (keuze)", Value.euro(Amounts.eur(v.totaalBuitenFactor())), null,
                            v.keuzes().vasteBedragen() + "; " + v.keuzes().overigeEigenMiddelen()))
                    .value(Value.euro(Amounts.eur(v.totaal()))).build();
        }
        boolean verschil = q.startsWith(VERSCHIL + " ");
        String wie = q.substring((verschil ? VERSCHIL : AU).length() + 1);
        Specificatie s = gemeente(v, wie);
        if (verschil) {
            if (vergelijking == null) {
                throw new FvwException("a change needs an earlier circulaire: give vorige_circulaire in the scenario");
            }
            Circulairevergelijking.Verschil d = vergelijking.verschillen().stream().filter(x -> x.gemeente().cbs() == s
                    .gemeente().cbs()).findFirst().orElseThrow();
            return verschil(vergelijking, d);
        }
        return specificatie(v, s);
    }

    private static Specificatie gemeente(Verdelingsuitkomst v, String wie) {
        Specificatie s = v.van(wie);
        if (s == null) {
            List<String> namen = v.specificaties().stream().map(x -> x.gemeente().naam().toLowerCase(Locale.ROOT)).toList();
            throw new FvwException("no gemeente '" + wie + "' in " + v.circulaire().code() + "; nearest: "
                    + nl.fvw.input.Nearest.nearest(wie.toLowerCase(Locale.ROOT), namen, 3));
        }
        return s;
    }

    /** A gemeente's specification, as its begroting prints it. */
    private static Explanation specificatie(Verdelingsuitkomst v, Specificatie s) {
        Circulaire c = v.circulaire();
        Gemeente g = s.gemeente();
        Explanation.Builder a = Explanation.builder("onderdeel A: maatstaven waarop de uitkeringsfactor niet van toepassing"
                + " is (WOZ-waarde × rekentarief)");
        Explanation.Builder b = Explanation.builder("onderdeel B: maatstaven waarop de uitkeringsfactor van toepassing is"
                + " (aantal eenheden × bedrag per eenheid = bedrag in basis)");
        Explanation.Builder vast = Explanation.builder("vaste bedragen");
        for (int m = 0; m < c.maatstaven().size(); m++) {
            Maatstaf ms = c.maatstaven().get(m);
            BigDecimal volume = g.volumes().get(m);
            if (volume.signum() == 0) {
                continue;
            }
            BigDecimal bedrag = ms.bedragen().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            Input in = new Input(ms.naam() + " (" + ms.code() + ")", Value.phrase(Value.decimal(volume.stripTrailingZeros()),
                    " × ", Value.decimal(bedrag), " = ", Value.euro(Amounts.eur(volume.multiply(bedrag)))), null, c.code());
            (ms.soort() == Maatstaf.Soort.INKOMSTEN ? a : ms.soort() == Maatstaf.Soort.VAST ? vast : b).input(in);
        }
        Explanation.Builder clusters = Explanation.builder("per cluster (onderdeel A en B samen, na de uitkeringsfactor)");
        for (int cl = 0; cl < c.clusters().size(); cl++) {
            clusters.input(new Input(c.clusters().get(cl), Value.euro(Amounts.eur(s.perCluster().get(cl))), null, c.code()));
        }
        Explanation.Builder iu = Explanation.builder("integratie- en decentralisatie-uitkeringen (buiten de algemene"
                + " uitkering en de uitkeringsfactor)");
        for (int u = 0; u < c.uitkeringen().size(); u++) {
            BigDecimal x = g.uitkeringen().get(u);
            if (x != null && x.signum() != 0) {
                iu.input(new Input(c.uitkeringen().get(u).naam(), Value.euro(Amounts.eur(x)), null, c.code() + " SIUDU"));
            }
        }
        Explanation.Builder e = Explanation.builder(AU + " " + g.naam() + " (" + g.code() + ") " + c.uitkeringsjaar() + ", "
                + c.naam())
                .formula("algemene uitkering = onderdeel A + uitkeringsfactor × uitkeringsbasis"
                        + (s.buitenFactor().signum() != 0 ? " + buiten de factor" : "") + ", op de cent")
                .input(new Input("onderdeel A", Value.euro(Amounts.eur(s.onderdeelA())), null, c.code()))
                .input(new Input("uitkeringsbasis (onderdeel B, met de vaste bedragen)", Value.euro(Amounts.eur(
                        s.uitkeringsbasis())), null, c.code()))
                .input(new Input("uitkeringsfactor", Value.decimal(v.uitkeringsfactor()), null, c.naam()
                        + " (uitkeringsfactor.csv)"));
        if (s.buitenFactor().signum() != 0) {
            e.input(new Input("buiten de factor", Value.euro(Amounts.eur(s.buitenFactor())), null, "keuze"));
        }
        e.input(new Input("keuze", Value.text(v.keuzes().vasteBedragen()), null, "algemene-uitkering.md"))
                .input(new Input("keuze", Value.text(v.keuzes().overigeEigenMiddelen()), null, "algemene-uitkering.md"))
                .input(new Input("integratie- en decentralisatie-uitkeringen", Value.euro(Amounts.eur(s.iuDu())), null,
                        c.code() + " SIUDU, buiten de algemene uitkering"));
        e.round(Verdeling.OP_DE_CENT, s.exact());
        return e.value(Value.euro(Amounts.eur(s.bedrag()))).child(a.value(Value.euro(Amounts.eur(s.onderdeelA()))).build())
                .child(b.build()).child(vast.build()).child(clusters.build()).child(iu.value(Value.euro(Amounts.eur(s.iuDu())))
                        .build()).build();
    }

    private static Explanation verschil(Circulairevergelijking cmp, Circulairevergelijking.Verschil d) {
        Circulaire van = cmp.van().circulaire();
        Circulaire naar = cmp.naar().circulaire();
        Gemeente g = d.gemeente();
        return Explanation.builder(VERSCHIL + " " + g.naam() + " (" + g.code() + ") " + naar.uitkeringsjaar() + ", "
                + van.naam() + " → " + naar.naam())
                .formula("verschil = volume-effect + effect bedragen per eenheid + effect uitkeringsfactor; volume = AU(V1, P0,"
                        + " UF0) − AU(V0, P0, UF0), bedragen = AU(V1, P1, UF0) − AU(V1, P0, UF0), factor = AU(V1, P1, UF1) −"
                        + " AU(V1, P1, UF0)")
                .input(new Input("algemene uitkering " + van.naam(), Value.euro(Amounts.eur(d.auVan())), null, van.code()
                        + (d.voorgangers().size() > 1 ? " (samen: " + String.join(", ", d.voorgangers().stream()
                                .map(x -> x.naam() + " " + x.code()).toList()) + ")" : "")))
                .input(new Input("algemene uitkering " + naar.naam(), Value.euro(Amounts.eur(d.auNaar())), null, naar.code()))
                .input(new Input("volume-effect (maatstaven)", Value.euro(Amounts.eur(d.volume())), null, "exact"))
                .input(new Input("effect bedragen per eenheid", Value.euro(Amounts.eur(d.bedragen())), null, "exact"))
                .input(new Input("effect uitkeringsfactor", Value.phrase("(", Value.decimal(naar.uitkeringsfactor()), " − ",
                        Value.decimal(van.uitkeringsfactor()), ") × uitkeringsbasis = ", Value.euro(Amounts.eur(d.factor()))),
                        null, "exact"))
                .input(new Input("integratie- en decentralisatie-uitkeringen", Value.phrase(Value.euro(Amounts.eur(
                        d.iuDuVan())), " → ", Value.euro(Amounts.eur(d.iuDuNaar()))), null, "SIUDU, buiten de factor"))
                .value(Value.euro(Amounts.eur(d.au()))).build();
    }
}
