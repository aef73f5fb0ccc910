package nl.fvw.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.fvw.present.DutchNumbers;
import nl.fvw.present.Html;

/**
 * Charts as inline SVG for the HTML report: lines, grouped bars, stacked horizontal bars and a histogram, with axes, ticks
 * and a legend. The figures are exact decimals; only the drawing positions (pixels) are computed
 * in floating point, and no figure is derived from them.
 */
final class Grafiek {
    /** One series: a name for the legend and a value per label (null where there is none). */
    record Reeks(String naam, List<BigDecimal> waarden) {
        Reeks {
            Objects.requireNonNull(naam, "naam");
            waarden = java.util.Collections.unmodifiableList(new ArrayList<>(waarden));
        }
    }

    static final List<String> KLEUREN = List.of("#1f6fb2", "#d9822b", "#2e9c5a", "#b23b3b", "#7a4fb2", "#6b6b6b");
    private static final int BREEDTE = 760;
    private static final int HOOGTE = 340;
    private static final int LINKS = 84;
    private static final int RECHTS = 20;
    private static final int BOVEN = 40;
    private static final int ONDER = 56;

    private Grafiek() {
    }

    /** A line per series over the labels (years), with a dot per value. */
    static String lijnen(String id, String titel, String eenheid, List<String> labels, List<Reeks> reeksen) {
        Schaal y = Schaal.van(reeksen, false);
        StringBuilder sb = begin(id, titel, eenheid, y);
        double stap = labels.size() > 1 ? (double) (BREEDTE - LINKS - RECHTS) / (labels.size() - 1) : 0;
        xLabels(sb, labels, i -> LINKS + i * stap);
        for (int r = 0; r < reeksen.size(); r++) {
            String kleur = KLEUREN.get(r % KLEUREN.size());
            StringBuilder pad = new StringBuilder();
            List<BigDecimal> w = reeksen.get(r).waarden();
            for (int i = 0; i < w.size(); i++) {
                if (w.get(i) == null) {
                    continue;
                }
                double x = LINKS + i * stap;
                double py = y.pixel(w.get(i));
                pad.append(pad.length() == 0 ? "M" : " L").append(px(x)).append(' ').append(px(py));
                sb.append("<circle class=\"punt\" cx=\"").append(px(x)).append("\" cy=\"").append(px(py))
                        .append("\" r=\"3.5\" fill=\"").append(kleur).append("\"><title>").append(Html.escape(reeksen.get(r).naam()))
                        .append(' ').append(Html.escape(labels.get(i))).append(": ").append(getal(w.get(i))).append("</title></circle>\n");
            }
            sb.append("<path class=\"lijn\" d=\"").append(pad).append("\" fill=\"none\" stroke=\"").append(kleur)
                    .append("\" stroke-width=\"2\"/>\n");
        }
        return eind(sb, reeksen);
    }

    /** Bars per label, one per series side by side; negative values hang below zero. */
    static String staven(String id, String titel, String eenheid, List<String> labels, List<Reeks> reeksen) {
        Schaal y = Schaal.van(reeksen, true);
        StringBuilder sb = begin(id, titel, eenheid, y);
        double groep = (double) (BREEDTE - LINKS - RECHTS) / Math.max(1, labels.size());
        double staaf = groep * 0.8 / Math.max(1, reeksen.size());
        xLabels(sb, labels, i -> LINKS + groep * (i + 0.5));
        double nul = y.pixel(BigDecimal.ZERO);
        for (int r = 0; r < reeksen.size(); r++) {
            String kleur = KLEUREN.get(r % KLEUREN.size());
            List<BigDecimal> w = reeksen.get(r).waarden();
            for (int i = 0; i < w.size(); i++) {
                if (w.get(i) == null) {
                    continue;
                }
                double x = LINKS + groep * i + groep * 0.1 + staaf * r;
                double top = y.pixel(w.get(i));
                sb.append("<rect class=\"staaf\" x=\"").append(px(x)).append("\" y=\"").append(px(Math.min(top, nul)))
                        .append("\" width=\"").append(px(staaf)).append("\" height=\"").append(px(Math.abs(nul - top)))
                        .append("\" fill=\"").append(kleur).append("\"><title>").append(Html.escape(reeksen.get(r).naam())).append(' ')
                        .append(Html.escape(labels.get(i))).append(": ").append(getal(w.get(i))).append("</title></rect>\n");
            }
        }
        lijn(sb, LINKS, nul, BREEDTE - RECHTS, nul, "#333");
        return eind(sb, reeksen);
    }

    /** Twelve colours that stay apart, for a stacked bar of many parts. */
    private static final List<String> PALET = List.of("#1f6fb2", "#d9822b", "#2e9c5a", "#b23b3b", "#7a4fb2", "#6b6b6b",
            "#17becf", "#bcbd22", "#e377c2", "#8c564b", "#9edae5", "#393b79");

    /**
     * A horizontal bar per label, stacked from its series: positive parts to the right of zero, negative
     * parts (such as onderdeel A) to the left; the legend names every series.
     */
    static String gestapeld(String id, String titel, String eenheid, List<String> labels, List<Reeks> reeksen) {
        int rij = 26;
        int links = 190;
        int legendaRijen = (reeksen.size() + 2) / 3;
        int hoogte = BOVEN + labels.size() * rij + 30 + legendaRijen * 18;
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal plus = BigDecimal.ZERO;
            BigDecimal min1 = BigDecimal.ZERO;
            for (Reeks r : reeksen) {
                BigDecimal v = r.waarden().get(i);
                if (v != null) {
                    plus = v.signum() > 0 ? plus.add(v) : plus;
                    min1 = v.signum() < 0 ? min1.add(v) : min1;
                }
            }
            max = max.max(plus);
            min = min.min(min1);
        }
        double breedte = BREEDTE - links - RECHTS;
        double bereik = max.subtract(min).doubleValue() == 0 ? 1 : max.subtract(min).doubleValue();
        double laag = min.doubleValue();
        java.util.function.DoubleUnaryOperator x = v -> links + (v - laag) / bereik * breedte;
        StringBuilder sb = new StringBuilder("<figure id=\"").append(id).append("\"><svg xmlns=\"http://www.w3.org/2000/svg\" ")
                .append("viewBox=\"0 0 ").append(BREEDTE).append(' ').append(hoogte).append("\" width=\"").append(BREEDTE)
                .append("\" height=\"").append(hoogte).append("\" role=\"img\" aria-label=\"").append(Html.escape(titel))
                .append("\">\n<title>").append(Html.escape(titel)).append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n")
                .append("<text x=\"12\" y=\"22\" font-size=\"15\" font-weight=\"bold\">").append(Html.escape(titel))
                .append("</text>\n<text x=\"12\" y=\"").append(BOVEN - 8).append("\" font-size=\"11\" fill=\"#555\">")
                .append(Html.escape(eenheid)).append("</text>\n");
        for (int i = 0; i < labels.size(); i++) {
            double y = BOVEN + i * rij;
            sb.append("<text x=\"").append(links - 6).append("\" y=\"").append(px(y + 15)).append("\" font-size=\"11\"")
                    .append(" text-anchor=\"end\">").append(Html.escape(labels.get(i))).append("</text>\n");
            double plus = 0;
            double neg = 0;
            for (int r = 0; r < reeksen.size(); r++) {
                BigDecimal v = reeksen.get(r).waarden().get(i);
                if (v == null || v.signum() == 0) {
                    continue;
                }
                double d = v.doubleValue();
                double van = d > 0 ? plus : neg + d;
                if (d > 0) {
                    plus += d;
                } else {
                    neg += d;
                }
                sb.append("<rect class=\"deel\" x=\"").append(px(x.applyAsDouble(van))).append("\" y=\"").append(px(y + 3))
                        .append("\" width=\"").append(px(Math.abs(d) / bereik * breedte)).append("\" height=\"").append(rij - 8)
                        .append("\" fill=\"").append(PALET.get(r % PALET.size())).append("\"><title>")
                        .append(Html.escape(labels.get(i))).append(", ").append(Html.escape(reeksen.get(r).naam())).append(": ")
                        .append(getal(v)).append("</title></rect>\n");
            }
        }
        double nul = x.applyAsDouble(0);
        lijn(sb, nul, BOVEN - 2, nul, BOVEN + labels.size() * rij, "#333");
        int ly = BOVEN + labels.size() * rij + 22;
        for (int r = 0; r < reeksen.size(); r++) {
            double lx = 12 + (r % 3) * 250;
            double yy = ly + (r / 3) * 18;
            sb.append("<rect x=\"").append(px(lx)).append("\" y=\"").append(px(yy - 10)).append("\" width=\"12\" height=\"12\"")
                    .append(" fill=\"").append(PALET.get(r % PALET.size())).append("\"/><text class=\"legenda\" x=\"")
                    .append(px(lx + 16)).append("\" y=\"").append(px(yy)).append("\" font-size=\"12\">")
                    .append(Html.escape(reeksen.get(r).naam())).append("</text>\n");
        }
        return sb.append("</svg></figure>\n").toString();
    }

    /** How many values fall in each of {@code bakken} equal bins between the smallest and the largest. */
    static String histogram(String id, String titel, String eenheid, List<BigDecimal> waarden, int bakken) {
        BigDecimal min = waarden.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal max = waarden.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal breedte = max.subtract(min).divide(BigDecimal.valueOf(bakken), 10, RoundingMode.HALF_EVEN);
        List<BigDecimal> aantallen = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int[] telling = new int[bakken];
        for (BigDecimal w : waarden) {
            int b = breedte.signum() == 0 ? 0
                    : Math.min(bakken - 1, w.subtract(min).divide(breedte, 0, RoundingMode.FLOOR).intValueExact());
            telling[b]++;
        }
        for (int b = 0; b < bakken; b++) {
            aantallen.add(BigDecimal.valueOf(telling[b]));
            BigDecimal van = min.add(breedte.multiply(BigDecimal.valueOf(b)));
            labels.add(DutchNumbers.format(van.setScale(0, RoundingMode.HALF_UP), 0));
        }
        return staven(id, titel, eenheid, labels, List.of(new Reeks("aantal", aantallen)));
    }

    private static StringBuilder begin(String id, String titel, String eenheid, Schaal y) {
        StringBuilder sb = new StringBuilder("<figure id=\"").append(id).append("\"><svg xmlns=\"http://www.w3.org/2000/svg\" ")
                .append("viewBox=\"0 0 ").append(BREEDTE).append(' ').append(HOOGTE).append("\" width=\"").append(BREEDTE)
                .append("\" height=\"").append(HOOGTE).append("\" role=\"img\" aria-label=\"").append(Html.escape(titel)).append("\">\n")
                .append("<title>").append(Html.escape(titel)).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n")
                .append("<text x=\"").append(LINKS).append("\" y=\"22\" font-size=\"15\" font-weight=\"bold\">").append(Html.escape(titel))
                .append("</text>\n<text x=\"12\" y=\"").append(BOVEN - 8).append("\" font-size=\"11\" fill=\"#555\">")
                .append(Html.escape(eenheid)).append("</text>\n");
        for (BigDecimal t : y.ticks()) {
            double py = y.pixel(t);
            lijn(sb, LINKS, py, BREEDTE - RECHTS, py, "#e3e3e3");
            sb.append("<text x=\"").append(LINKS - 6).append("\" y=\"").append(px(py + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(getal(t)).append("</text>\n");
        }
        lijn(sb, LINKS, BOVEN, LINKS, HOOGTE - ONDER, "#333");
        return sb;
    }

    private static void xLabels(StringBuilder sb, List<String> labels, java.util.function.IntToDoubleFunction x) {
        for (int i = 0; i < labels.size(); i++) {
            sb.append("<text x=\"").append(px(x.applyAsDouble(i))).append("\" y=\"").append(HOOGTE - ONDER + 18)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(Html.escape(labels.get(i))).append("</text>\n");
        }
    }

    private static String eind(StringBuilder sb, List<Reeks> reeksen) {
        double x = LINKS;
        for (int r = 0; r < reeksen.size(); r++) {
            sb.append("<rect x=\"").append(px(x)).append("\" y=\"").append(HOOGTE - 20).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(KLEUREN.get(r % KLEUREN.size())).append("\"/><text class=\"legenda\" x=\"").append(px(x + 16))
                    .append("\" y=\"").append(HOOGTE - 10).append("\" font-size=\"12\">").append(Html.escape(reeksen.get(r).naam()))
                    .append("</text>\n");
            x += 24 + 7 * reeksen.get(r).naam().length();
        }
        return sb.append("</svg></figure>\n").toString();
    }

    private static void lijn(StringBuilder sb, double x1, double y1, double x2, double y2, String kleur) {
        sb.append("<line x1=\"").append(px(x1)).append("\" y1=\"").append(px(y1)).append("\" x2=\"").append(px(x2))
                .append("\" y2=\"").append(px(y2)).append("\" stroke=\"").append(kleur).append("\"/>\n");
    }

    /** A drawing position, one decimal, with a point: SVG's own notation. */
    private static String px(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A figure as the reader sees it: Dutch notation, at most one decimal. */
    private static String getal(BigDecimal v) {
        int decimals = v.stripTrailingZeros().scale() > 0 ? 1 : 0;
        return DutchNumbers.format(v.setScale(decimals, RoundingMode.HALF_UP), decimals);
    }


    /** The vertical axis: a range with round ticks that holds every value (and zero, for bars). */
    private record Schaal(BigDecimal laag, BigDecimal hoog, BigDecimal stap) {
        static Schaal van(List<Reeks> reeksen, boolean metNul) {
            BigDecimal min = null;
            BigDecimal max = null;
            for (Reeks r : reeksen) {
                for (BigDecimal v : r.waarden()) {
                    if (v != null) {
                        min = min == null || v.compareTo(min) < 0 ? v : min;
                        max = max == null || v.compareTo(max) > 0 ? v : max;
                    }
                }
            }
            if (min == null) {
                min = BigDecimal.ZERO;
                max = BigDecimal.ONE;
            }
            if (metNul) {
                min = min.min(BigDecimal.ZERO);
                max = max.max(BigDecimal.ZERO);
            }
            if (min.compareTo(max) == 0) {
                max = max.add(BigDecimal.ONE);
                min = metNul ? min : min.subtract(BigDecimal.ONE);
            }
            BigDecimal stap = rond(max.subtract(min).divide(BigDecimal.valueOf(5), 10, RoundingMode.HALF_EVEN));
            BigDecimal laag = min.divide(stap, 0, RoundingMode.FLOOR).multiply(stap);
            BigDecimal hoog = max.divide(stap, 0, RoundingMode.CEILING).multiply(stap);
            return new Schaal(laag, hoog, stap);
        }

        /** 1, 2 or 5 times a power of ten, at least {@code ruw}. */
        private static BigDecimal rond(BigDecimal ruw) {
            BigDecimal macht = BigDecimal.ONE.scaleByPowerOfTen(ruw.precision() - ruw.scale() - 1);
            for (int f : new int[] {1, 2, 5, 10}) {
                BigDecimal s = macht.multiply(BigDecimal.valueOf(f));
                if (s.compareTo(ruw) >= 0) {
                    return s.stripTrailingZeros();
                }
            }
            return macht.multiply(BigDecimal.TEN);
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> out = new ArrayList<>();
            for (BigDecimal t = laag; t.compareTo(hoog) <= 0; t = t.add(stap)) {
                out.add(t);
            }
            return out;
        }

        double pixel(BigDecimal v) {
            double fractie = v.subtract(laag).doubleValue() / hoog.subtract(laag).doubleValue();
            return HOOGTE - ONDER - fractie * (HOOGTE - ONDER - BOVEN);
        }
    }
}
