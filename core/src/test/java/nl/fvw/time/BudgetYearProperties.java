package nl.fvw.time;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import nl.fvw.FvwException;

/** A year is read as four digits: what they say, and nothing else. */
class BudgetYearProperties {
    @Property(tries = 1000)
    void fourDigitsAndNothingElse(@ForAll @CharRange(from = '0', to = '9') @Chars({' ', 'a', '-', '٣', '+'})
            @StringLength(max = 6) String text) {
        String t = text.strip();
        boolean fourDigits = t.length() == 4 && t.chars().allMatch(c -> c >= '0' && c <= '9');
        String outcome;
        try {
            outcome = "jaar " + BudgetYear.parse(text).value();
        } catch (FvwException e) {
            outcome = e.getMessage();
        }
        String expected;
        try {
            expected = fourDigits ? "jaar " + BudgetYear.of(Integer.parseInt(t)).value()
                    : "'" + text + "' is not a budget year (four digits, like 2024)";
        } catch (FvwException e) {
            expected = e.getMessage();
        }
        assertThat(outcome).isEqualTo(expected);
    }
}
