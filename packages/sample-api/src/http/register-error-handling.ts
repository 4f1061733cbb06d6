import type { FastifyError, FastifyInstance } from "fastify";
import { AppError } from "./app-error.ts";

function messageForClientError(error: FastifyError): string {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "Send the request body as application/json (or application/x-www-form-urlencoded to /oauth2/token).";
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "The request body is too large; send at most 1 MB.";
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return "The Content-Length header does not match the body; let your HTTP client set it.";
    default:
      return error instanceof SyntaxError || error.code === "FST_ERR_CTP_INVALID_JSON_BODY"
        ? "The request body is not valid JSON; check quotes, commas and brackets."
        : `The request was refused: ${error.message}`;
  }
}

// Expected errors say what to change; unexpected ones are logged with the request id and shown only as that id.
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      request.log.info({ code: error.code, status: error.status }, error.message);
      return reply
        .code(error.status)
        .headers(error.headers)
        .send({ error: { code: error.code, message: error.message } });
    }
    const status = typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = status === 413 ? "payload_too_large" : status === 415 ? "unsupported_media_type" : "bad_request";
      return reply.code(status).send({ error: { code, message: messageForClientError(error) } });
    }
    request.log.error({ err: error }, "unexpected error");
    return reply.code(500).send({
      error: { code: "internal_error", message: `Something went wrong on our side; quote request id ${request.id} when reporting it.` },
    });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    return reply.code(404).send({
      error: {
        code: "not_found",
        message: `Nothing answers ${request.method} ${path}. The samples live under /api-key/v1, /basic/v1 and /oauth2/v1; GET / lists them.`,
      },
    });
  });
}
