package org.ltcare.web.overview;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.ltcare.shared.Jsons;

/**
 * Chart.js configurations (JSON) for PrimeFaces' p:chart: stacked bars with an optional line (the budget over the
 * spend), legend below, no animation (the page is read, not watched). Values are the tables' figures.
 */
final class ChartConfig {

    /** One series of the chart: a bar stack's layer or the line. */
    record Series(String name, List<? extends Number> values, String color) {
    }

    private ChartConfig() {
    }

    static String bars(List<String> labels, List<Series> stacked, Series line, boolean horizontal) {
        JsonArrayBuilder datasets = Jsons.createArrayBuilder();
        for (Series series : stacked) {
            datasets.add(Jsons.createObjectBuilder().add("label", series.name()).add("data", numbers(series.values()))
                    .add("backgroundColor", series.color()).add("stack", "s"));
        }
        if (line != null) {
            datasets.add(Jsons.createObjectBuilder().add("type", "line").add("label", line.name())
                    .add("data", numbers(line.values())).add("borderColor", line.color())
                    .add("backgroundColor", line.color()).add("fill", false).add("spanGaps", false));
        }
        JsonArrayBuilder labelArray = Jsons.createArrayBuilder();
        labels.forEach(labelArray::add);
        // Whole numbers on the axes: people and cases are counted, yuan are large enough.
        JsonObjectBuilder scales = Jsons.createObjectBuilder()
                .add("x", axis()).add("y", axis());
        JsonObjectBuilder options = Jsons.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false).add("scales", scales)
                .add("plugins", Jsons.createObjectBuilder().add("legend",
                        Jsons.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Jsons.createObjectBuilder().add("type", "bar")
                .add("data", Jsons.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private static JsonObjectBuilder axis() {
        return Jsons.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                .add("ticks", Jsons.createObjectBuilder().add("precision", 0));
    }

    /** Missing values (a month without a budget) are gaps, not zeros. */
    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        for (Number value : values) {
            if (value == null) {
                array.addNull();
            } else if (value instanceof BigDecimal decimal) {
                array.add(decimal);
            } else {
                array.add(value.longValue());
            }
        }
        return array;
    }
}
