package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What every due date on a screen must do: say how it was counted, in its tooltip and folded beside it. */
final class DueDates {

    private DueDates() {
    }

    /**
     * {@code dateElement} shows a date whose tooltip counts the working days to that very date, and the
     * {@code within} element unfolds the same count, down to the calendar years it read.
     */
    static void assertSaysHow(WebElement dateElement, WebElement within, String what) {
        String shown = dateElement.getText().trim();
        String date = shown.substring(shown.lastIndexOf(' ') + 1);
        assertTrue(dateElement.getAttribute("title").contains("个工作日，到期日为 " + date),
                what + " says how it was counted: " + shown + " / " + dateElement.getAttribute("title"));
        within.findElement(By.cssSelector("details.ltc-how > summary")).click();
        String unfolded = within.findElement(By.cssSelector("details.ltc-how ol")).getText();
        assertTrue(unfolded.contains("到期日为 " + date) && unfolded.contains("年度的节假日日历"),
                what + " unfolds the count: " + unfolded);
    }
}
