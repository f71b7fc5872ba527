package org.govinbox.calendar.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.entity.Role;
import org.govinbox.calendar.control.CalendarReminder;
import org.govinbox.calendar.control.HolidayCnFormat;
import org.govinbox.calendar.control.WorkingDayCalendar;
import org.govinbox.calendar.control.WorkingDayCalendar.Due;
import org.govinbox.calendar.control.WorkingDayCalendar.ListedDay;
import org.govinbox.calendar.entity.ClockKind;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.platform.boundary.Problem.FieldError;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Public;

/**
 * {@code /api/calendar}: the public deadline calculator and working-day counts, each year's listed days, and
 * (administrators) the import of a year's schedule.
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "工作日日历 Working-day calendar")
public class CalendarResource {

    static final int MAX_AMOUNT = 366;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    public record DayView(LocalDate date, String kind, String kindName, String name) {
        static DayView of(ListedDay d) {
            return new DayView(d.date(), d.kind().name(), d.kind().label(), d.name());
        }
    }

    public record DeadlineView(LocalDate start, LocalDate due, boolean provisional, String clock, int amount,
                               String unit, List<DayView> crossed) {
    }

    public record WorkingDaysView(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
    }

    public record YearView(int year, boolean official, String source, List<DayView> days) {
    }

    public record StatusView(LocalDate today, int nextYear, boolean nextYearOfficial, String warning) {
    }

    @Inject
    Calendars calendars;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @Path("deadline")
    @Public
    @Operation(summary = "计算期限 Compute a due date", description = "start=YYYY-MM-DD and exactly one of "
            + "workingDays, days or months (1 to 366); the answer lists the holidays and make-up working days crossed")
    public DeadlineView deadline(@QueryParam("start") String start, @QueryParam("workingDays") String workingDays,
                                 @QueryParam("days") String days, @QueryParam("months") String months) {
        List<FieldError> errors = doubled("start", "workingDays", "days", "months");
        LocalDate from = date("start", start, errors);
        List<ClockKind> given = new ArrayList<>();
        if (workingDays != null) {
            given.add(ClockKind.WORKING_DAYS);
        }
        if (days != null) {
            given.add(ClockKind.CALENDAR_DAYS);
        }
        if (months != null) {
            given.add(ClockKind.MONTHS);
        }
        Integer amount = null;
        if (given.size() != 1) {
            String message = given.isEmpty() ? "请给出 workingDays、days、months 三者之一" : "workingDays、days、months 只能给出一个";
            (given.isEmpty() ? List.of("workingDays", "days", "months") : given.stream().map(ClockKind::parameter).toList())
                    .forEach(field -> errors.add(new FieldError(field, message)));
        } else {
            ClockKind kind = given.get(0);
            amount = amount(kind.parameter(), kind == ClockKind.WORKING_DAYS ? workingDays
                    : kind == ClockKind.CALENDAR_DAYS ? days : months, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("请检查以下参数：" + String.join("、",
                    errors.stream().map(FieldError::field).distinct().toList()), errors);
        }
        ClockKind kind = given.get(0);
        WorkingDayCalendar calendar = calendars.current();
        Due due = calendar.due(kind, from, amount);
        List<DayView> crossed = calendar.listedBetween(from.plusDays(1), due.due()).stream().map(DayView::of).toList();
        return new DeadlineView(from, due.due(), due.provisional(), kind.name(), amount, kind.unit(), crossed);
    }

    @GET
    @Path("working-days")
    @Public
    @Operation(summary = "工作日天数 Working days from one date to another, both included")
    public WorkingDaysView workingDays(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<FieldError> errors = doubled("from", "to");
        LocalDate a = date("from", from, errors);
        LocalDate b = date("to", to, errors);
        if (a != null && b != null) {
            if (b.isBefore(a)) {
                errors.add(new FieldError("to", "to 不能早于 from"));
            } else if (ChronoUnit.DAYS.between(a, b) > 3660) {
                errors.add(new FieldError("to", "一次最多计算十年"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("请检查以下参数：" + String.join("、",
                    errors.stream().map(FieldError::field).distinct().toList()), errors);
        }
        WorkingDayCalendar calendar = calendars.current();
        boolean provisional = false;
        for (int year = a.getYear(); year <= b.getYear(); year++) {
            provisional |= !calendar.isOfficial(year);
        }
        return new WorkingDaysView(a, b, calendar.workingDaysBetween(a, b), provisional);
    }

    @GET
    @Path("years")
    @Public
    @Operation(summary = "已导入的年度 Years in the calendar and whether they are official")
    public List<Calendars.YearSummary> years() {
        return calendars.years();
    }

    @GET
    @Path("{year}")
    @Public
    @Operation(summary = "某年的放假和调休安排 A year's holidays and make-up working days")
    public YearView year(@PathParam("year") int year) {
        checkYear(year);
        Calendars.YearSummary summary = calendars.year(year);
        List<DayView> days = calendars.current().listedIn(year).stream().map(DayView::of).toList();
        return new YearView(year, summary.official(), summary.source(), days);
    }

    @PUT
    @Path("{year}")
    @Allowed(Role.ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(summary = "导入某年的安排 Import a year's schedule (holiday-cn JSON)", description = "atomic: a bad file "
            + "changes nothing and the answer names each line at fault; recomputes provisional due dates")
    public Calendars.Imported importYear(@PathParam("year") int year, String json) {
        checkYear(year);
        Calendars.Imported imported;
        try {
            imported = calendars.importYear(year, json, caller.username());
        } catch (HolidayCnFormat.Invalid e) {
            List<FieldError> errors = e.problems().stream()
                    .map(p -> new FieldError(p.field(), p.line() > 0 ? "line " + p.line() : null, p.message()))
                    .toList();
            throw ProblemException.invalid("文件未导入：" + errors.get(0).message()
                    + (errors.size() > 1 ? "（共 " + errors.size() + " 处问题）" : ""), errors);
        }
        calendars.reload();
        return imported;
    }

    @GET
    @Path("status")
    @Allowed(Role.ADMIN)
    @Operation(summary = "日历提醒 Whether next year's schedule is missing (warned from 1 November)")
    public StatusView status() {
        LocalDate today = calendars.today();
        int next = today.getYear() + 1;
        WorkingDayCalendar calendar = calendars.current();
        return new StatusView(today, next, calendar.isOfficial(next),
                CalendarReminder.missingNextYear(today, calendar).orElse(null));
    }

    /** A parameter given twice is an error too: which of the two was meant is not ours to guess. */
    private List<FieldError> doubled(String... names) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : names) {
            List<String> values = uri.getQueryParameters().get(name);
            if (values != null && values.size() > 1) {
                errors.add(new FieldError(name, "参数 " + name + " 只能给出一次"));
            }
        }
        return errors;
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ProblemException.invalid("year", "年份须在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间");
        }
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, "请给出 " + name + "（YYYY-MM-DD）"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                errors.add(new FieldError(name, name + " 须在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 年之间"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, name + " 必须是 YYYY-MM-DD 格式的日期"));
            return null;
        }
    }

    private static Integer amount(String name, String value, List<FieldError> errors) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= MAX_AMOUNT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add(new FieldError(name, name + " 必须是 1 到 " + MAX_AMOUNT + " 之间的整数"));
        return null;
    }
}
