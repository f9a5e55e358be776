package org.ltcare.api.trial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ltcare.api.ApiLanguage;
import org.ltcare.api.trial.TrialResponses.CareFeeResponse;
import org.ltcare.api.trial.TrialResponses.GradeResponse;
import org.ltcare.api.trial.TrialResponses.WorkingDaysResponse;
import org.ltcare.assessment.GradeService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.CareFeeService;
import org.ltcare.settlement.fee.CareFeeRequest;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.calendar.WorkingDayCalendar;
import org.ltcare.shared.security.Actor;

/**
 * 试算: the grade of 17 item scores, one month's care fee, a working-day deadline. Nothing is stored. The
 * arithmetic is the domain's (the same the workflows call); this class only translates JSON, naming every bad
 * field. Any authenticated user may call it (web.xml: /api/* needs a login).
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrialResource {

    /** Far enough for any statutory deadline; a larger number is a typing slip. */
    static final int MAX_WORKING_DAYS = 1000;

    @Inject
    private GradeService grades;

    @Inject
    private CareFeeService careFees;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private Actor actor;

    @Inject
    private Clock clock;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("trial/disability-grade")
    @Consumes(MediaType.APPLICATION_JSON)
    public GradeResponse disabilityGrade(String body) {
        JsonInput input = JsonInput.parse(body);
        String ruleSet = input.string("ruleSet");
        LocalDate date = input.date("date");
        Map<String, Map<String, Integer>> scores = scoresOf(input);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return GradeResponse.of(computeNamingEveryField(input,
                () -> grades.trial(actor, ruleSet, on, scores)), ApiLanguage.of(headers));
    }

    @POST
    @Path("trial/care-fee")
    @Consumes(MediaType.APPLICATION_JSON)
    public CareFeeResponse careFee(String body) {
        JsonInput input = JsonInput.parse(body);
        String ruleSet = input.string("ruleSet");
        CareFeeRequest request = careFeeRequestOf(input);
        return CareFeeResponse.of(computeNamingEveryField(input, () -> careFees.trial(actor, ruleSet, request)),
                request, ApiLanguage.of(headers));
    }

    @GET
    @Path("calendar/working-days")
    public WorkingDaysResponse workingDays(@QueryParam("from") String from, @QueryParam("add") String add) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = null;
        Integer days = null;
        if (from == null || from.isBlank()) {
            errors.add(new FieldError("from", "validation.required"));
        } else {
            try {
                start = LocalDate.parse(from.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("from", "trial.notDate", List.of(from)));
            }
        }
        if (add == null || add.isBlank()) {
            errors.add(new FieldError("add", "validation.required"));
        } else {
            try {
                days = Integer.valueOf(add.trim());
                if (days < 0 || days > MAX_WORKING_DAYS) {
                    errors.add(new FieldError("add", "trial.workingDaysRange",
                            List.of(add.trim(), "0", String.valueOf(MAX_WORKING_DAYS))));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("add", "trial.notInteger", List.of(add)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return WorkingDaysResponse.of(calendar.explain(start, days), ApiLanguage.of(headers));
    }

    /**
     * Runs the computation; when the translation already found bad fields, the domain's own findings on the
     * other fields are added, so that the client hears of every bad field in one answer.
     */
    private static <T> T computeNamingEveryField(JsonInput input, Supplier<T> computation) {
        if (input.errors().isEmpty()) {
            return computation.get();
        }
        List<FieldError> errors = new ArrayList<>(input.errors());
        try {
            computation.get();
        } catch (ValidationException e) {
            e.errors().stream().filter(f -> !input.hasError(f.field())).forEach(errors::add);
        }
        throw new ValidationException(errors);
    }

    /** Every key other than ruleSet and date is a dimension of item scores; the calculator names unknown ones. */
    private static Map<String, Map<String, Integer>> scoresOf(JsonInput input) {
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : input.body().entrySet()) {
            String dimension = entry.getKey();
            if (dimension.equals("ruleSet") || dimension.equals("date")) {
                continue;
            }
            if (!(entry.getValue() instanceof JsonObject items)) {
                input.error(dimension, "trial.notObject");
                continue;
            }
            Map<String, Integer> itemScores = new LinkedHashMap<>();
            for (String item : items.keySet()) {
                Integer score = input.integer(items, item, dimension + "." + item);
                if (score != null) {
                    itemScores.put(item, score);
                } else if (items.isNull(item)) {
                    input.error(dimension + "." + item, "assessmentScore.MISSING");
                }
            }
            scores.put(dimension, itemScores);
        }
        return scores;
    }

    private static CareFeeRequest careFeeRequestOf(JsonInput input) {
        CareType careType = careTypeOf(input);
        Integer grade = input.integer("grade");
        Object careDays = input.body().get("careDays");
        java.util.Set<LocalDate> days = null;
        if (careDays == null || careDays == JsonValue.NULL) {
            input.error("careDays", "validation.required");
        } else if (!(careDays instanceof jakarta.json.JsonString all && "ALL".equals(all.getString()))) {
            days = input.dates("careDays");
        }
        return new CareFeeRequest(input.month("month"), careType, input.integer("hospitalLevel"),
                grade, input.amount("dailyCharge"), input.date("conclusionDate"), days,
                input.dates("inpatientDays"), input.date("deathDate"), input.dates("daysClaimedElsewhere"),
                input.dates("daysWithoutServiceRecord"));
    }

    private static CareType careTypeOf(JsonInput input) {
        String text = input.string("careType");
        if (text == null) {
            return null;
        }
        try {
            return CareType.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            input.error("careType", "trial.unknownCareType", JsonInput.shown(text));
            return null;
        }
    }
}
