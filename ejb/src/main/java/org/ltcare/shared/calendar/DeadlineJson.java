package org.ltcare.shared.calendar;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.shared.calendar.DeadlineExplanation.ListedDay;
import org.ltcare.shared.Jsons;

/**
 * A deadline's explanation kept as JSON beside the date it explains, so that it still says how the date came to be
 * after the calendar is edited ({"from":"2026-12-07","workingDays":10,"due":…,"holidays":[["2027-01-01","元旦"]],…}).
 */
@Converter
public class DeadlineJson implements AttributeConverter<DeadlineExplanation, String> {

    @Override
    public String convertToDatabaseColumn(DeadlineExplanation e) {
        if (e == null) {
            return null;
        }
        JsonArrayBuilder years = Jsons.createArrayBuilder();
        e.years().forEach(years::add);
        var json = Jsons.createObjectBuilder().add("from", e.from().toString()).add("workingDays", e.workingDays())
                .add("due", e.due().toString()).add("holidays", days(e.holidaysPassed()))
                .add("makeUps", days(e.makeUpDaysCounted())).add("weekendDays", e.weekendDaysPassed())
                .add("years", years);
        if (e.missingYear() != null) {
            json.add("missingYear", e.missingYear());
        }
        return json.build().toString();
    }

    @Override
    public DeadlineExplanation convertToEntityAttribute(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        JsonObject json = Jsons.createReader(new StringReader(text)).readObject();
        return new DeadlineExplanation(LocalDate.parse(json.getString("from")), json.getInt("workingDays"),
                LocalDate.parse(json.getString("due")), days(json.getJsonArray("holidays")),
                days(json.getJsonArray("makeUps")), json.getInt("weekendDays"),
                json.getJsonArray("years").getValuesAs(JsonValue::toString).stream().map(Integer::valueOf).toList(),
                json.containsKey("missingYear") ? json.getInt("missingYear") : null);
    }

    private static JsonArrayBuilder days(List<ListedDay> days) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        days.forEach(day -> array.add(Jsons.createArrayBuilder().add(day.day().toString()).add(day.name())));
        return array;
    }

    private static List<ListedDay> days(JsonArray array) {
        return array.getValuesAs(JsonArray.class).stream()
                .map(pair -> new ListedDay(LocalDate.parse(pair.getString(0)), pair.getString(1))).toList();
    }
}
