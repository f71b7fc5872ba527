package org.govinbox.platform.boundary;

import java.util.Optional;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * A request the application refuses, with the problem to answer. Thrown by boundaries and filters; the
 * {@link ProblemMappers} turn it into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final Problem problem;
    private final Map<String, String> headers;
    private final String denied;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        this(problem, headers, null);
    }

    private ProblemException(Problem problem, Map<String, String> headers, String denied) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
        this.denied = denied;
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(null, "请求参数不正确", 400, detail, errors));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "未登录或登录已失效", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "没有权限", detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "未找到", detail));
    }

    /**
     * "Not found" for something that exists but is outside the caller's scope (another department's case): the
     * caller learns nothing, the audit trail records the denial ({@code what}, e.g. "case 42").
     */
    public static ProblemException hidden(String detail, String what) {
        return new ProblemException(Problem.of(404, "未找到", detail), Map.of(), what);
    }

    /** A 403 whose audit record says more than its answer ({@code why}: the roles it needs …). */
    public static ProblemException forbidden(String detail, String why) {
        return new ProblemException(Problem.of(403, "没有权限", detail), Map.of(), why);
    }

    /** A refusal the audit trail records (every 403, and a {@link #hidden} 404): what was refused, or null. */
    public Optional<String> denial() {
        if (denied != null) {
            return Optional.of(denied);
        }
        return problem.status() == 403 ? Optional.of(problem.detail()) : Optional.empty();
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "与现有数据冲突", detail));
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(new Problem(null, "与现有数据冲突", 409, detail,
                List.of(new Problem.FieldError(field, detail))));
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(Problem.of(413, "请求体过大", "请求体不能超过 " + maxBytes + " 字节"));
    }

    /** A file whose content (never its name or claimed type alone) is not of a type the endpoint takes. */
    public static ProblemException unsupportedType(String detail) {
        return new ProblemException(new Problem(null, "文件类型不支持", 415, detail, List.of(new Problem.FieldError("file", detail))));
    }

    public static ProblemException unexpected() {
        return new ProblemException(Problem.of(500, "服务器内部错误", "服务器处理请求时出错，请稍后再试；如果一再出现，请联系管理员"));
    }

    public Problem problem() {
        return problem;
    }

    /** The extra headers the answer carries (e.g. Retry-After). */
    public Map<String, String> toResponseHeaders() {
        return headers;
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE + ";charset=UTF-8").entity(problem);
        headers.forEach(response::header);
        return response.build();
    }
}
