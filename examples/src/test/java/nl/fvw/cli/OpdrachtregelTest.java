package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading the command line: every form of an option, and every wrong use with its message before anything runs. */
class OpdrachtregelTest {
    private static final PrintWriter OUT = new PrintWriter(new StringWriter());

    private static Opdrachtregel.Uitkomst lees(String... args) {
        return Main.REGEL.lees(args, OUT, OUT);
    }

    private static Aanroep aanroep(String... args) {
        Opdrachtregel.Uitkomst u = lees(args);
        assertThat(u).as(String.join(" ", args)).isInstanceOf(Opdrachtregel.Uitvoeren.class);
        return ((Opdrachtregel.Uitvoeren) u).aanroep();
    }

    private static String fout(String... args) {
        Opdrachtregel.Uitkomst u = lees(args);
        assertThat(u).as(String.join(" ", args)).isInstanceOf(Opdrachtregel.Fout.class);
        return ((Opdrachtregel.Fout) u).melding();
    }

    @Test
    void anOptionWithItsValueAfterASpaceOrAnEqualsSignIsTheSame() {
        Aanroep a = aanroep("run", "s.yaml", "--format", "json", "--out=r.json");
        Aanroep b = aanroep("run", "--format=json", "--out", "r.json", "s.yaml");
        for (Aanroep x : List.of(a, b)) {
            assertThat(x.opdracht().naam()).isEqualTo("run");
            assertThat(x.pad("SCENARIO")).isEqualTo(Path.of("s.yaml"));
            assertThat(x.keuze("--format", RunCommand.ReportFormat.class)).isEqualTo(RunCommand.ReportFormat.json);
            assertThat(x.pad("--out")).isEqualTo(Path.of("r.json"));
            assertThat(x.schakelaar("--no-explain")).isFalse();
        }
    }

    @Test
    void defaultsAndTheOptionsOfEveryCommandBeforeOrAfterIt() {
        Aanroep a = aanroep("--debug", "sweep", "s.yaml", "--sta-ruwe-regels-toe", "--trekkingen", "20");
        assertThat(a.debug()).isTrue();
        assertThat(a.ruweRegelsToe()).isTrue();
        assertThat(a.geheel("--trekkingen")).isEqualTo(20);
        assertThat(a.geheel("--threads")).isNull();
        assertThat(a.keuze("--format", SweepCommand.Format.class)).isEqualTo(SweepCommand.Format.table);
        assertThat(a.pad("--out")).isNull();
        assertThatThrownBy(() -> a.tekst("--van")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doubleDashEndsTheOptionsAndAParameterMayTakeMore() {
        Aanroep a = aanroep("validate", "a.yaml", "--", "--b.yaml", "-h");
        assertThat(a.paden("SCENARIO")).containsExactly(Path.of("a.yaml"), Path.of("--b.yaml"), Path.of("-h"));
        assertThat(aanroep("explain", "s.yaml", "accres 2014").tekst("FIGUUR")).isEqualTo("accres 2014");
    }

    @Test
    void helpAndVersionWinWhereverTheyStand() {
        assertThat(lees("run", "--format", "xml", "--help")).isInstanceOf(Opdrachtregel.Tonen.class);
        assertThat(((Opdrachtregel.Tonen) lees("diff", "-h")).tekst()).startsWith("Gebruik: fvw diff [-hV]");
        assertThat(((Opdrachtregel.Tonen) lees("--help", "run")).tekst()).startsWith("Gebruik: fvw [-hV]");
        assertThat(((Opdrachtregel.Tonen) lees("-V")).tekst()).startsWith("fvw ").endsWith("\n");
        assertThat(aanroep().opdracht().naam()).isEqualTo("fvw");
    }

    @Test
    void everyWrongUseSaysWhatWasExpected() {
        assertThat(fout("rnu")).isEqualTo("onbekend commando 'rnu'; de commando's zijn demo, run, compare, explain,"
                + " validate, dsl, sweep, diff en shell");
        assertThat(fout("run", "s.yaml", "--fromat", "json")).isEqualTo("onbekende opties: '--fromat', 'json'");
        assertThat(fout("run", "s.yaml", "-x")).isEqualTo("onbekende optie: '-x'");
        assertThat(fout("--bla", "run", "s.yaml")).isEqualTo("onbekende optie: '--bla'");
        assertThat(fout("run", "a", "b", "c")).isEqualTo("onverwachte argumenten: 'b', 'c'");
        assertThat(fout("diff", "a")).isEqualTo("verplichte parameter ontbreekt: 'RESULT2'");
        assertThat(fout("diff")).isEqualTo("verplichte parameters ontbreken: 'RESULT1', 'RESULT2'");
        assertThat(fout("run", "s", "--format", "xml"))
                .isEqualTo("ongeldige waarde voor --format: 'xml'; kies uit table, json, markdown, html, csv, xlsx");
        assertThat(fout("sweep", "s", "--threads", "twee")).isEqualTo("ongeldige waarde voor --threads: 'twee' is geen geheel getal");
        assertThat(fout("run", "s", "--out")).isEqualTo("optie --out vraagt een waarde (BESTAND)");
        assertThat(fout("run", "s", "--out", "--format", "json"))
                .isEqualTo("optie --out vraagt een waarde (BESTAND), gegeven: de optie '--format'");
        assertThat(fout("run", "s", "--no-explain=ja")).isEqualTo("optie --no-explain neemt geen waarde, gegeven: 'ja'");
        assertThat(fout("run", "s", "--out", "a", "--out=b")).isEqualTo("optie --out staat er meer dan eens; geef haar één keer");
        assertThat(fout("run", "s\0")).isEqualTo("ongeldige waarde voor SCENARIO: 's\0' is geen bestandsnaam");
    }

    @Test
    void wrongUseShowsTheHelpOfTheCommandItWasFor() {
        Opdrachtregel.Fout f = (Opdrachtregel.Fout) lees("sweep", "--threads");
        assertThat(f.hulp()).startsWith("Gebruik: fvw sweep ").contains("--trekkingen=N").doesNotContain("Commando's:");
        assertThat(((Opdrachtregel.Fout) lees("rnu")).hulp()).contains("Commando's:");
    }

    /** The command line exits 2 on wrong use and prints the message before the help, on standard error. */
    @Test
    void wrongUseExitsTwoWithTheMessageFirst() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new String[] {"run"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).isEqualTo(Main.USAGE_ERROR);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("fvw: verplichte parameter ontbreekt: 'SCENARIO'\nGebruik: fvw run ");
    }

    @Test
    void aCommandIsDeclaredOnce() {
        Opdracht o = Opdracht.van("x", "X.", a -> 0).meerdere("BESTANDEN", "Bestanden.");
        assertThatThrownBy(() -> o.parameter("NOG", "Nog een.")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> o.pad("--out", "B", "b").pad("--out", "B", "b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> o.keuze("--format", RunCommand.ReportFormat.class, "xml"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noLineOfAHelpIsLongerThanTheTerminal() {
        for (String c : List.of("demo", "run", "compare", "explain", "validate", "dsl", "sweep", "diff")) {
            String hulp = ((Opdrachtregel.Tonen) lees(c, "--help")).tekst();
            assertThat(hulp.lines()).as(c).allMatch(l -> l.length() <= Hulptekst.BREEDTE).allMatch(l -> !l.endsWith(" "));
        }
        assertThat(Main.REGEL.hulp().lines()).allMatch(l -> l.length() <= Hulptekst.BREEDTE);
    }
}
