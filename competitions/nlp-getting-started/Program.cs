using Kaggle.Api;
using NlpGettingStarted;

return KaggleCompetitionRunner.Run(args, new NlpCompetition());
