using Kaggle.Api;
using Titanic;

return KaggleCompetitionRunner.Run(args, new TitanicCompetition());
