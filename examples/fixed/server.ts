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

  // No person in the loop: the predicate ends the chat, the bound backs it up.
  const reviewer = new UserProxyAgent({
    name: 'reviewer',
    humanInputMode: 'NEVER',
    maxConsecutiveAutoReply: CHAT_LIMITS.autoReplies,
    isTerminationMsg: isReportDone,
  });

  const review = await reviewer.initiateChat(reportWriter, { message: request.body.topic, maxTurns: CHAT_LIMITS.turns });
  response.json({ review });
});

app.listen(3000);
