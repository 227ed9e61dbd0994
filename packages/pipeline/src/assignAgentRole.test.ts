import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentCueScore, pickAgentVoice } from './assignAgentRole.ts';

test('the voice that greets and names the company is the agent', () => {
  assert.equal(pickAgentVoice(['hi i lost my card', 'thank you for calling first national bank my name is sarah how can i help you']), 1);
  assert.equal(pickAgentVoice(['gracias por llamar a banco central le atiende lucía', 'hola mi tarjeta está bloqueada']), 0);
  assert.equal(pickAgentVoice(['hello', 'hello']), 0, 'tie: the first voice (who answered) is the agent');
  assert.ok(agentCueScore('Hello, this is Harper Valley National Bank, how can I help you today?') >= 2);
});
