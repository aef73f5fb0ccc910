package nl.fvw.rules.internal;

import java.util.concurrent.ConcurrentHashMap;

import nl.fvw.time.Stand;

/** Typed readers of DSL captures, called from rule consequences; parsed once and cached. */
public final class Regels {
    private static final ConcurrentHashMap<String, Stand> STANDS = new ConcurrentHashMap<>();

    private Regels() {
    }

    private static final ConcurrentHashMap<String, javax.money.MonetaryAmount> AMOUNTS = new ConcurrentHashMap<>();

    /** An amount written in a rule ("€ 7,50", "€ 675 mln"); the line checker has already validated it. */
    public static javax.money.MonetaryAmount bedrag(String text) {
        return AMOUNTS.computeIfAbsent(text, t -> {
            String s = t.replace("€", "").strip();
            if (s.endsWith(" euro")) {
                s = s.substring(0, s.length() - 5);
            }
            java.math.BigDecimal unit = java.math.BigDecimal.ONE;
            if (s.endsWith(" mln")) {
                unit = new java.math.BigDecimal("1000000");
                s = s.substring(0, s.length() - 4);
            } else if (s.endsWith(" mld")) {
                unit = new java.math.BigDecimal("1000000000");
                s = s.substring(0, s.length() - 4);
            } else if (s.endsWith(" duizend")) {
                unit = new java.math.BigDecimal("1000");
                s = s.substring(0, s.length() - 8);
            }
            return nl.fvw.money.Amounts.eur(nl.fvw.present.DutchNumbers.parse(s.strip()).multiply(unit));
        });
    }

    /** A stand written in a rule ("Voorjaarsnota 2022"); the line checker has already validated it. */
    public static Stand stand(String text) {
        return STANDS.computeIfAbsent(text, Stand::parse);
    }
}
