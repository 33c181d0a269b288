using Kaggle.Core.Runner;
using Titanic;

return CompetitionRunner.Run(args, new TitanicCompetition());
