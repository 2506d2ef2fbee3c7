import { ServerErrors } from './ServerErrors';

export { ServerErrors };

export default {
  serverErrors: ['type', ServerErrors]
};
