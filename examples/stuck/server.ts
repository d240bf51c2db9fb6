import express from 'express';
import { AssistantAgent, UserProxyAgent } from '../autogen.js';
import { CHAT_LIMITS } from './limits.js';
import { isReportDone } from './termination.js';
import { lookupCustomer, lookupPolicy } from './tools.js';

const app = express();
app.use(express.json());

app.post('/reports', async (request, response) => {
  const reportWriter = new AssistantAgent({ name: 'report_writer' });
  reportWriter.registerFunction(lookupPolicy);
  reportWriter.registerFunction(lookupCustomer);

  // Waits for a person at a terminal that a server does not have.
  const reviewer = new UserProxyAgent({
    name: 'reviewer',
    humanInputMode: 'ALWAYS',
    isTerminationMsg: isReportDone,
  });

  // No bound of its own, and no way to end the chat.
  const clerk = new UserProxyAgent({
    name: 'clerk',
    humanInputMode: 'NEVER',
    maxConsecutiveAutoReply: CHAT_LIMITS.autoReplies,
  });

  const review = await reviewer.initiateChat(reportWriter, { message: request.body.topic, maxTurns: CHAT_LIMITS.turns });
  const filing = await clerk.initiateChat(reportWriter, { message: 'File the report.' });
  response.json({ review, filing });
});

app.listen(3000);
