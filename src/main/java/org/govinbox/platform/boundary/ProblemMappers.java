package org.govinbox.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govinbox.platform.entity.Refused;

/**
 * Every exception a request can end in becomes {@code application/problem+json} with a Chinese message.
 * Unexpected failures are logged here and answered without any internal detail.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** The one refusal of every entity: what its state or rules do not allow now (409, the reason as the detail). */
    @Provider
    public static class ForRefusals implements ExceptionMapper<Refused> {
        @Override
        public Response toResponse(Refused e) {
            return ProblemException.conflict(e.getMessage()).toResponse();
        }
    }

    /** Bean Validation on resource parameters: each violation names its field. */
    @Provider
    public static class ForConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return ProblemException.invalid("请检查以下字段：" + String.join("、",
                    errors.stream().map(Problem.FieldError::field).distinct().toList()), errors).toResponse();
        }

        /** The request's own name for the field: the last property or query parameter in the path. */
        static String fieldOf(ConstraintViolation<?> violation) {
            String name = "body";
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                    name = node.getName();
                }
            }
            return name;
        }
    }

    @Provider
    public static class ForEverythingElse implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                return forStatus(web);
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ProblemException problem) {
                    return problem.toResponse();
                }
                if (cause instanceof Refused refused) {
                    return new ForRefusals().toResponse(refused);
                }
                if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                    return ProblemException.invalid("body", "请求体不是有效的 JSON，或字段类型不正确").toResponse();
                }
                if (cause instanceof OptimisticLockException) {
                    return ProblemException.conflict("该记录已被他人修改，请刷新后重试").toResponse();
                }
                if (cause instanceof ConstraintViolationException violations) {
                    return new ForConstraintViolations().toResponse(violations);
                }
                if (cause instanceof SQLException sql && Retry.isTransient(sql)) {
                    LOG.log(Level.WARNING, "transaction rolled back by the database: " + sql.getSQLState());
                    return new ProblemException(Problem.of(503, "系统繁忙", "系统繁忙，请求未完成，请稍后重试"),
                            java.util.Map.of("Retry-After", "1")).toResponse();
                }
                if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    return ProblemException.conflict("与现有记录冲突（例如编码或用户名已被占用），请检查后重试").toResponse();
                }
            }
            LOG.log(Level.SEVERE, "request failed", e);
            return ProblemException.unexpected().toResponse();
        }

        private static Response forStatus(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 && e.getCause() != null) {
                return ProblemException.invalid("body", "请求体不是有效的 JSON，或字段类型不正确").toResponse();
            }
            Problem problem = switch (status) {
                case 400 -> Problem.of(400, "请求不正确", "请求的格式或参数不正确");
                case 401 -> Problem.of(401, "未登录或登录已失效", "请先登录");
                case 403 -> Problem.of(403, "没有权限", "您没有执行此操作的权限");
                case 404 -> Problem.of(404, "未找到", "请求的地址或记录不存在");
                case 405 -> Problem.of(405, "不支持的请求方法", "该地址不支持此请求方法");
                case 406 -> Problem.of(406, "无法提供所需格式", "请接受 application/json 格式的响应");
                case 413 -> Problem.of(413, "请求体过大", "请求体超过了允许的大小");
                case 415 -> Problem.of(415, "不支持的内容类型", "请以 application/json 格式提交");
                default -> Problem.of(status, "请求无法处理", "请求无法处理（" + status + "）");
            };
            return new ProblemException(problem).toResponse();
        }
    }
}
