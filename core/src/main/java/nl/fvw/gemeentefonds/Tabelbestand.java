package nl.fvw.gemeentefonds;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import nl.fvw.input.InputException;
import nl.fvw.input.Location;

/**
 * A data file as written: a header and rows of text cells, read with Jackson's CSV parser (no quote
 * character: the circulaire's files have none, and their names hold commas and apostrophes). Every
 * row has as many cells as the header; numbers are read per cell in the file's declared
 * {@link Getalnotatie}, and every error names file, line and column.
 *
 * @param naam the file's name as errors show it
 * @param kop the header's cells
 * @param rijen the rows under the header
 * @param notatie how the file writes its numbers
 */
public record Tabelbestand(String naam, List<String> kop, List<Rij> rijen, Getalnotatie notatie) {
    /**
     * One row.
     *
     * @param regel its line in the file (1-based)
     * @param cellen its cells
     */
    public record Rij(int regel, List<String> cellen) {
        /**
         * Copies the cells.
         *
         * @param regel the line
         * @param cellen the cells
         */
        public Rij {
            cellen = List.copyOf(cellen);
        }
    }

    /**
     * Copies the lists.
     *
     * @param naam the file's name
     * @param kop the header
     * @param rijen the rows
     * @param notatie the notation of its numbers
     */
    public Tabelbestand {
        kop = List.copyOf(kop);
        rijen = List.copyOf(rijen);
    }

    private static final CsvFactory FACTORY = new CsvFactory();

    /**
     * Reads a file.
     *
     * @param file the file
     * @param naam its name in errors (the path as the user gave it)
     * @param scheiding the character between cells: a tab or a comma
     * @param notatie how it writes its numbers
     * @return the header and rows
     * @throws InputException for a file that cannot be read, has no header, or has a row of another length than its header
     */
    public static Tabelbestand lees(Path file, String naam, char scheiding, Getalnotatie notatie) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(scheiding).withoutQuoteChar().withoutEscapeChar();
        List<String> kop = null;
        List<Rij> rijen = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvParser p = FACTORY.createParser(in)) {
            p.setSchema(schema);
            List<String> cellen = null;
            int regel = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    cellen = new ArrayList<>();
                    regel = p.currentLocation().getLineNr();
                } else if (t == JsonToken.VALUE_STRING) {
                    cellen.add(p.getText());
                } else if (t == JsonToken.END_ARRAY) {
                    if (kop == null) {
                        if (!cellen.isEmpty()) {
                            cellen.set(0, cellen.get(0).replace("\uFEFF", ""));
                        }
                        kop = cellen;
                    } else if (!(cellen.size() == 1 && cellen.get(0).isEmpty())) {
                        if (cellen.size() != kop.size()) {
                            throw new InputException(new Location(naam, regel, 1), "", "the row has " + cellen.size()
                                    + " cells; the header has " + kop.size());
                        }
                        rijen.add(new Rij(regel, cellen));
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(new Location(naam, 0, 0), "", "cannot be read: " + e.getMessage());
        }
        if (kop == null) {
            throw new InputException(new Location(naam, 1, 1), "", "is empty; expected a header");
        }
        return new Tabelbestand(naam, kop, rijen, notatie);
    }

    /**
     * The column with this header.
     *
     * @param kolom the header's text
     * @return its index
     * @throws InputException naming the file and the header when there is no such column
     */
    public int kolom(String kolom) {
        int i = kop.indexOf(kolom);
        if (i < 0) {
            throw new InputException(new Location(naam, 1, 1), "", "has no column '" + kolom + "'; its header is "
                    + kop);
        }
        return i;
    }

    /**
     * A cell as a number in the file's notation.
     *
     * @param r the row
     * @param kolom the column index
     * @return the exact value
     * @throws InputException naming file, line, column and the value when it does not fit the notation
     */
    public BigDecimal getal(Rij r, int kolom) {
        return getal(r, kolom, null);
    }

    /**
     * A cell as a number in the file's notation, where a power of ten ({@code 2,1543E+11}) may be
     * allowed: such a cell is read as written and reported, since a spreadsheet wrote it with fewer digits.
     *
     * @param r the row
     * @param kolom the column index
     * @param exponenten where to report cells with a power of ten, or null to refuse them
     * @return the exact value
     * @throws InputException naming file, line, column and the value when it does not fit the notation
     */
    public BigDecimal getal(Rij r, int kolom, List<String> exponenten) {
        String text = r.cellen().get(kolom).strip();
        if (exponenten != null && Getalnotatie.heeftExponent(text)) {
            BigDecimal v = notatie.leesMetExponent(text);
            if (v != null) {
                exponenten.add(naam + ":" + r.regel() + ":" + (kolom + 1) + " (" + kop.get(kolom) + "): '" + text + "'");
                return v;
            }
        }
        BigDecimal v = notatie.lees(text);
        if (v == null) {
            throw fout(r, kolom, "'" + text + "' in column '" + kop.get(kolom) + "' is not a number written as " + notatie
                    .voorbeeld() + " (" + notatie.sleutel() + ", the notation declared for this file)"
                    + (Getalnotatie.heeftExponent(text) ? "; a spreadsheet wrote it with a power of ten: allow that"
                            + " with 'exponenten: toegestaan'" : ""));
        }
        return v;
    }

    /**
     * An error at a cell.
     *
     * @param r the row
     * @param kolom the column index
     * @param probleem what is wrong
     * @return the error, naming file, line and column
     */
    public InputException fout(Rij r, int kolom, String probleem) {
        return new InputException(new Location(naam, r.regel(), kolom + 1), "", probleem);
    }
}
