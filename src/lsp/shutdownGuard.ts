import {
  ErrorCodes,
  Message,
  type DataCallback,
  type Disposable,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node.js';

/**
 * The client's messages as LSP 3.17 wants them seen after `shutdown`: every request after it is
 * answered with InvalidRequest here, and never reaches a handler; notifications other than `exit`
 * are dropped. The protocol library itself keeps answering after `shutdown`.
 */
export function afterShutdownGuard(reader: MessageReader, writer: MessageWriter): MessageReader {
  let shutDown = false;
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    dispose: () => reader.dispose(),
    listen(callback: DataCallback): Disposable {
      return reader.listen((message) => {
        if (shutDown) {
          if (Message.isRequest(message)) {
            void writer.write({
              jsonrpc: '2.0',
              id: message.id,
              error: { code: ErrorCodes.InvalidRequest, message: `The server is shut down; ${message.method} is not answered.` },
            } as Message);
            return;
          }
          if (Message.isNotification(message) && message.method !== 'exit') return;
        } else if (Message.isRequest(message) && message.method === 'shutdown') {
          shutDown = true;
        }
        callback(message);
      });
    },
  };
}
