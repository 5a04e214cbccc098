package org.cbcm.web.internal;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.cbcm.shared.IfMatch;
import org.cbcm.shared.Versioned;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Says in the API's description where optimistic locking by HTTP's own headers applies
 * ({@link IfMatch}): every operation whose body names the {@code version} it is based on
 * takes {@code If-Match} instead, and every answer carrying a record its reader may
 * change ({@link Versioned}) gives its {@code ETag}. Derived from the handlers, so the
 * description cannot miss one.
 */
@Component
class ApiPreconditionDocumentation implements GlobalOperationCustomizer {

	static final String ETAG = "ETag";

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		boolean change = Arrays.stream(handler.getMethodParameters()).anyMatch(ApiPreconditionDocumentation::versioned);
		if (change) {
			operation.addParametersItem(new HeaderParameter().name(IfMatch.HEADER)
				.required(false)
				.description("The ETag of the version the change is based on, as the record's ETag gave it "
						+ "(\"3\"); instead of the body's version. 412 when somebody changed the record "
						+ "since; 428 when neither this nor the body's version is given.")
				.schema(new StringSchema().example("\"3\"")));
		}
		if ((change || Versioned.class.isAssignableFrom(handler.getReturnType().getParameterType()))
				&& operation.getResponses() != null) {
			operation.getResponses().forEach((status, response) -> {
				if (status.startsWith("2")) {
					etag(response);
				}
			});
		}
		return operation;
	}

	private static void etag(ApiResponse response) {
		response.addHeaderObject(ETAG,
				new Header()
					.description("The record's version as a strong ETag (\"3\"), for those who may change "
							+ "it: give it back as If-Match with a change")
					.schema(new StringSchema().example("\"3\"")));
	}

	/** Whether a parameter is a body naming the version a change is based on. */
	private static boolean versioned(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return parameter.hasParameterAnnotation(RequestBody.class) && type.isRecord()
				&& Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).anyMatch("version"::equals);
	}

}
