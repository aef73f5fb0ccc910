package nl.fvw.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.begroting.Mutatiecontrole;
import nl.fvw.begroting.Mutatietabel;
import nl.fvw.bekostiging.Taakjaar;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.money.Amounts;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Bedrag;
import nl.fvw.present.ExplanationJson;
import nl.fvw.present.Json;
import nl.fvw.present.Values;
import nl.fvw.rules.ControleUitkomst;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.scenario.Begrotingstabel;
import nl.fvw.scenario.Scenario;

/** The run result as JSON: scenario, stand, accres, figures, tasks, bundlings, tables, gaps, checks, provenance. */
final class RunJson {
    private RunJson() {
    }

    static String of(ScenarioResult r) {
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("scenario", r.scenario().naam());
            g.writeStringField("stand", r.scenario().stand().toString());
            g.writeArrayFieldStart("accres");
            for (AccresPercentage a : r.normering() == null ? List.<AccresPercentage>of() : r.normering().accressen()) {
                g.writeStartObject();
                g.writeStringField("figuur", a.name().toString());
                g.writeNumberField("jaar", a.jaar().value());
                g.writeStringField("stand", a.stand().toString());
                g.writeStringField("fractie", a.fraction().toPlainString());
                g.writeStringField("procent_gedrukt", a.published().toPlainString());
                if (!a.explanation().isNone()) {
                    g.writeFieldName("uitleg");
                    ExplanationJson.write(g, a.explanation());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("figuren");
            if (r.normering() != null) {
                List<Bedrag> bedragen = new ArrayList<>(r.normering().tranches());
                bedragen.addAll(r.normering().bedragen());
                for (Bedrag f : bedragen) {
                    g.writeStartObject();
                    g.writeStringField("figuur", f.name().toString());
                    g.writeStringField("bedrag", Amounts.value(f.bedrag()).toPlainString());
                    g.writeStringField("valuta", f.bedrag().getCurrency().getCurrencyCode());
                    g.writeStringField("weergave", Values.printed(f));
                    if (!f.explanation().isNone()) {
                        g.writeFieldName("uitleg");
                        ExplanationJson.write(g, f.explanation());
                    }
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("taken");
            for (Taakuitkomst t : r.taken()) {
                g.writeStartObject();
                g.writeStringField("taak", t.taak().naam());
                g.writeStringField("oordeel", String.valueOf(t.oordeel()));
                g.writeArrayFieldStart("signalen");
                for (Taakuitkomst.Signaal sig : t.signalen()) {
                    g.writeString(sig.tekst());
                }
                g.writeEndArray();
                if (t.taak().signalering() != null) {
                    g.writeObjectFieldStart("signalering");
                    g.writeStringField("peildatum", t.taak().signalering().peildatum().toString());
                    g.writeStringField("signaal", t.taak().signalering().stappen().get(0).datum().toString());
                    g.writeArrayFieldStart("stappen");
                    for (nl.fvw.bekostiging.Signalering.Toets x : t.signalering()) {
                        g.writeStartObject();
                        g.writeStringField("stap", x.stap().woord());
                        g.writeStringField("datum", x.datum() == null ? null : x.datum().toString());
                        g.writeStringField("uiterlijk", x.uiterlijk() == null ? null : x.uiterlijk().toString());
                        g.writeStringField("status", x.status().name().toLowerCase(java.util.Locale.ROOT));
                        g.writeStringField("regel", x.regel() == null ? null : x.regel().id());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeArrayFieldStart("jaren");
                for (Taakjaar j : t.jaren()) {
                    g.writeStartObject();
                    g.writeNumberField("jaar", j.jaar().value());
                    g.writeStringField("claim", Amounts.value(j.claim()).toPlainString());
                    g.writeStringField("compensatie", Amounts.value(j.compensatie()).toPlainString());
                    g.writeStringField("gat", Amounts.value(j.gat()).toPlainString());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("bundelingen");
            for (Bundelingsuitkomst b : r.bundelingen()) {
                g.writeStartObject();
                g.writeStringField("bundeling", b.bundeling().naam());
                g.writeObjectFieldStart("overgeheveld");
                for (var e : b.overgeheveld().asMap().entrySet()) {
                    g.writeStringField(e.getKey().toString(), Amounts.value(e.getValue()).toPlainString());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (r.algemeneUitkering() != null) {
                verdelingJson(g, r.algemeneUitkering());
            }
            if (r.portefeuille() != null) {
                portefeuilleJson(g, r.portefeuille());
            }
            g.writeArrayFieldStart("begrotingstabellen");
            for (Begrotingstabel b : r.scenario().begrotingstabellen()) {
                begrotingstabelJson(g, b);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("hiaten");
            for (Scenario.Hiaat h : r.scenario().hiaten()) {
                g.writeStartObject();
                g.writeStringField("wat", h.wat());
                g.writeStringField("reden", h.reden());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("controles");
            for (ControleUitkomst c : r.controles()) {
                g.writeStartObject();
                g.writeStringField("figuur", c.controle().naam());
                g.writeStringField("berekend", c.berekend().toPlainString());
                g.writeStringField("gepubliceerd", c.controle().gepubliceerd().toPlainString());
                g.writeStringField("tolerantie", c.controle().tolerantie().toPlainString());
                g.writeBooleanField("klopt", c.klopt());
                g.writeStringField("bron", c.controle().bron());
                g.writeEndObject();
            }
            for (String w : r.waarschuwingen()) {
                g.writeStartObject();
                g.writeStringField("waarschuwing", w);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("herkomst");
            g.writeStringField("fvw", r.provenance().fvwVersion());
            g.writeObjectFieldStart("sha256");
            for (var e : r.provenance().hashes().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }) + "\n";
    }

    private static void begrotingstabelJson(com.fasterxml.jackson.core.JsonGenerator g, Begrotingstabel b) throws IOException {
        g.writeStartObject();
        g.writeStringField("titel", b.tabel().titel());
        g.writeStringField("fonds", b.fonds() == null ? "GF+PF" : b.fonds().code());
        g.writeStringField("post", b.post().toString());
        g.writeStringField("bron", b.bron());
        g.writeStringField("eenheid", b.tabel().eenheid());
        g.writeArrayFieldStart("rijen");
        for (Mutatietabel.Rij rij : b.tabel().rijen()) {
            g.writeStartObject();
            g.writeStringField("regel", rij.label());
            g.writeStringField("soort", rij.soort().name().toLowerCase(java.util.Locale.ROOT));
            if (rij.oorzaak() != null) {
                g.writeStringField("oorzaak", rij.oorzaak().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (rij.bron() != null) {
                g.writeStringField("bron", rij.bron());
            }
            g.writeBooleanField("berekend", rij.afgeleid());
            g.writeObjectFieldStart("bedragen");
            for (int c = 0; c < b.tabel().kolommen().size(); c++) {
                if (rij.waarden().get(c) != null) {
                    g.writeStringField(b.tabel().kolommen().get(c), rij.waarden().get(c).toPlainString());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("afwijkingen");
        for (Mutatiecontrole.Afwijking a : b.afwijkingen()) {
            g.writeStartObject();
            g.writeStringField("regel", a.regel());
            g.writeStringField("jaar", a.kolom());
            g.writeStringField("gedrukt", a.gedrukt().toPlainString());
            g.writeStringField("som_van_de_delen", a.berekend().toPlainString());
            g.writeStringField("afrondingsmarge", a.afrondingsmarge().toPlainString());
            g.writeBooleanField("afrondingsverschil", a.afronding());
            if (b.erkendeReden(a) != null) {
                g.writeStringField("erkend", b.erkendeReden(a));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The algemene uitkering per gemeente: exact amounts as text, each gemeente's amount to the cent. */
    private static void verdelingJson(com.fasterxml.jackson.core.JsonGenerator g, nl.fvw.gemeentefonds.Verdelingsuitkomst v)
            throws java.io.IOException {
        g.writeObjectFieldStart("algemene_uitkering");
        g.writeStringField("circulaire", v.circulaire().naam());
        g.writeStringField("code", v.circulaire().code());
        g.writeNumberField("uitkeringsjaar", v.circulaire().uitkeringsjaar());
        g.writeStringField("uitkeringsfactor", v.uitkeringsfactor().toPlainString());
        g.writeArrayFieldStart("keuzes");
        g.writeString(v.keuzes().vasteBedragen());
        g.writeString(v.keuzes().overigeEigenMiddelen());
        g.writeEndArray();
        g.writeStringField("totaal", v.totaal().toPlainString());
        g.writeStringField("integratie_en_decentralisatie_uitkeringen", v.totaalIuDu().toPlainString());
        g.writeArrayFieldStart("gemeenten");
        for (nl.fvw.gemeentefonds.Specificatie s : v.specificaties()) {
            g.writeStartObject();
            g.writeStringField("code", s.gemeente().code());
            g.writeStringField("naam", s.gemeente().naam());
            g.writeStringField("provincie", s.gemeente().provincie());
            g.writeStringField("onderdeel_a", s.onderdeelA().toPlainString());
            g.writeStringField("uitkeringsbasis", s.uitkeringsbasis().toPlainString());
            g.writeObjectFieldStart("per_cluster");
            for (int c = 0; c < s.perCluster().size(); c++) {
                g.writeStringField(v.circulaire().clusters().get(c), s.perCluster().get(c).toPlainString());
            }
            g.writeEndObject();
            g.writeStringField("algemene_uitkering", s.bedrag().toPlainString());
            g.writeStringField("integratie_en_decentralisatie_uitkeringen", s.iuDu().toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The portfolio: per year the claim, the compensation per route, the saldo, the accres and the share, exact. */
    private static void portefeuilleJson(com.fasterxml.jackson.core.JsonGenerator g,
            nl.fvw.bekostiging.Portefeuilleuitkomst u) throws IOException {
        nl.fvw.bekostiging.Portefeuille p = u.portefeuille();
        g.writeObjectFieldStart("portefeuille");
        g.writeStringField("bestuurslaag", p.laag().woord());
        g.writeStringField("accres_bron", p.accresBron());
        g.writeArrayFieldStart("taken");
        for (var t : p.taken()) {
            g.writeString(t.taak().naam());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("jaren");
        for (nl.fvw.bekostiging.Portefeuille.Jaar j : p.jaren()) {
            g.writeStartObject();
            g.writeStringField("jaar", j.jaar().toString());
            g.writeStringField("claim", Amounts.value(j.claim()).toPlainString());
            g.writeObjectFieldStart("compensatie");
            for (var e : j.compensatie().entrySet()) {
                g.writeStringField(e.getKey().name().toLowerCase(java.util.Locale.ROOT), Amounts.value(e.getValue()).toPlainString());
            }
            g.writeEndObject();
            g.writeStringField("saldo", Amounts.value(j.saldo()).toPlainString());
            g.writeStringField("saldo_cumulatief", Amounts.value(j.saldoCumulatief()).toPlainString());
            if (j.accres() != null) {
                g.writeStringField("accres", Amounts.value(j.accres()).toPlainString());
            }
            if (j.beslag() != null) {
                g.writeStringField("beslag", j.beslag().toPlainString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("kentering");
        for (var y : p.kentering()) {
            g.writeString(y.toString());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("signalen");
        for (var sig : u.signalen()) {
            g.writeStartObject();
            g.writeStringField("signaal", sig.tekst());
            g.writeStringField("regel", sig.regel().id());
            g.writeStringField("bron", sig.regel().source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
