package uk.gov.ects.desk.service.writes;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.http.Json;

/**
 * A write's JSON body, read field by field. Every problem names its field in {@code source.pointer}:
 * malformed JSON and wrong types answer 400, missing fields and values outside what the field
 * accepts answer 422. Checks that are business rules (a name's length, an email's form) stay in
 * the model; this class only checks that the request can be read.
 */
public final class Body {

    /** Longest free-text field the API accepts anywhere (notes are 5000; the rules check tighter limits). */
    public static final int MAX_TEXT = 5000;

    private static final Pattern NI_NUMBER = Pattern.compile("[A-Za-z]{2}[0-9]{6}[A-Za-z]?");

    private final JsonObject json;

    private Body(JsonObject json) {
        this.json = json;
    }

    /** An empty body counts as {@code {}}, so action paths without fields need not send one. */
    public static Body parse(String text) {
        return new Body(Json.requestObject(text));
    }

    public static Body of(JsonObject json) {
        return new Body(json.deepCopy());
    }

    public boolean has(String field) {
        return json.has(field) && !json.get(field).isJsonNull();
    }

    /** The text, or null when absent or null. Not trimmed: the rules decide what spaces mean. */
    public String text(String field) {
        return text(field, MAX_TEXT);
    }

    public String text(String field, int maxLength) {
        if (!has(field)) {
            return null;
        }
        JsonElement value = json.get(field);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw wrongType(field, "text");
        }
        String text = value.getAsString();
        if (text.length() > maxLength) {
            throw new ApiError(422, "too_long", "Too long", field + " must be " + maxLength
                    + " characters or fewer.", null, pointer(field));
        }
        return text;
    }

    public String requiredText(String field) {
        return requiredText(field, MAX_TEXT);
    }

    public String requiredText(String field, int maxLength) {
        String text = text(field, maxLength);
        if (text == null || text.isBlank()) {
            throw required(field);
        }
        return text;
    }

    public boolean bool(String field, boolean whenAbsent) {
        if (!has(field)) {
            return whenAbsent;
        }
        JsonElement value = json.get(field);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw wrongType(field, "true or false");
        }
        return value.getAsBoolean();
    }

    /** A whole number; a number written as text ("2026") is refused as the wrong type. */
    public Integer integer(String field) {
        if (!has(field)) {
            return null;
        }
        JsonElement value = json.get(field);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw wrongType(field, "a whole number");
        }
        JsonPrimitive number = value.getAsJsonPrimitive();
        try {
            return new java.math.BigDecimal(number.getAsString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw wrongType(field, "a whole number");
        }
    }

    public int requiredInteger(String field) {
        Integer value = integer(field);
        if (value == null) {
            throw required(field);
        }
        return value;
    }

    /** A calendar date {@code YYYY-MM-DD}; impossible dates (2026-02-30) are refused. */
    public LocalDate date(String field) {
        String text = text(field, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiError(422, "invalid_date", "Date not understood", field
                    + " must be a real date written YYYY-MM-DD, for example 2026-09-01.", null, pointer(field));
        }
    }

    public LocalDate requiredDate(String field) {
        LocalDate date = date(field);
        if (date == null) {
            throw required(field);
        }
        return date;
    }

    /**
     * A National Insurance number (two letters, six digits and usually a letter; spaces allowed), or
     * the text as sent when absent or blank (the matcher treats blank as not given). Anything else
     * is not one, however it would match: 422 naming the field. The value is never echoed (X-PII).
     */
    public String niNumber(String field) {
        String text = text(field, 20);
        if (text != null && !text.isBlank() && !NI_NUMBER.matcher(text.replaceAll("\\s", "")).matches()) {
            throw new ApiError(422, "invalid_ni_number", "National Insurance number not understood", field
                    + " must be a National Insurance number like QQ 12 34 56 C, or left out.", null, pointer(field));
        }
        return text;
    }

    /** One of a fixed set of codes, or null when absent. */
    public <E> E choice(String field, Function<String, Optional<E>> fromCode, List<String> allowed) {
        String code = text(field, 100);
        if (code == null) {
            return null;
        }
        return fromCode.apply(code).orElseThrow(() -> new ApiError(422, "invalid_value", "Value not recognised",
                field + " must be one of: " + String.join(", ", allowed) + ".", null, pointer(field)));
    }

    public <E> E requiredChoice(String field, Function<String, Optional<E>> fromCode, List<String> allowed) {
        E value = choice(field, fromCode, allowed);
        if (value == null) {
            throw required(field);
        }
        return value;
    }

    /** The body as received, for the idempotency hash and the audit. */
    public JsonObject json() {
        return json.deepCopy();
    }

    public static ApiError required(String field) {
        return new ApiError(422, "field_required", "A field is missing",
                field + " is required. Add it to the request and send it again.", null, pointer(field));
    }

    private static ApiError wrongType(String field, String expected) {
        return ApiError.badRequest("wrong_type", "A field has the wrong type", field + " must be " + expected + ".",
                pointer(field));
    }

    private static String pointer(String field) {
        return "/" + field;
    }
}
