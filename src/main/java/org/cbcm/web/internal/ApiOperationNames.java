package org.cbcm.web.internal;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Names each operation of the OpenAPI description after its handler: the class that
 * answers it, less its Api or Controller suffix, and the method ({@code profileDraft},
 * {@code initiativeCreate}). Springdoc would name it after the method alone and number
 * the methods of the same name in the order it meets them ({@code get_3}), so that an
 * operation added anywhere renames others, and with them the methods of every client
 * generated from the description. An operation id given in the handler's annotation
 * stays.
 */
@Component
class ApiOperationNames implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils
			.findMergedAnnotation(handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
		if (declared == null || !StringUtils.hasText(declared.operationId())) {
			operation.setOperationId(name(handler));
		}
		return operation;
	}

	static String name(HandlerMethod handler) {
		String owner = handler.getBeanType().getSimpleName().replaceFirst("(Api|Controller)$", "");
		return StringUtils.uncapitalize(owner) + StringUtils.capitalize(handler.getMethod().getName());
	}

}
